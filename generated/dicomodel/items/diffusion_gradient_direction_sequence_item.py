"""Item class DiffusionGradientDirectionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "DiffusionGradientDirectionSequenceItem",
]


class DiffusionGradientDirectionSequenceItem(DicomModel):
    """An item of Diffusion Gradient Direction Sequence (0018,9076), as first defined in MR Diffusion Macro Attributes (C.8-96)."""

    dicom_name: ClassVar[str] = "Diffusion Gradient Direction Sequence"
    dicom_table: ClassVar[str] = "table_C.8-96"

    DiffusionGradientOrientation: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00189089,
            "FD",
            "3",
            "1C",
            name="Diffusion Gradient Orientation",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Diffusion Gradient Orientation (0018,9089): Type 1C, VR FD, VM 3. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. The direction cosines of the diffusion gradient vector with respect to the patient Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise."""
