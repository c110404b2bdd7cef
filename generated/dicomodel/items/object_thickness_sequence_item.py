"""Item class ObjectThicknessSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ObjectThicknessSequenceItem",
]


class ObjectThicknessSequenceItem(DicomModel):
    """An item of Object Thickness Sequence (0018,9456), as first defined in X-Ray Object Thickness Macro Attributes (C.8.19.6-7)."""

    dicom_name: ClassVar[str] = "Object Thickness Sequence"
    dicom_table: ClassVar[str] = "table_C.8.19.6-7"

    CalculatedAnatomyThickness: Annotated[
        vr.FL, Attribute(0x00189452, "FL", "1", "1", name="Calculated Anatomy Thickness")
    ]
    """Calculated Anatomy Thickness (0018,9452): Type 1, VR FL, VM 1. The physical thickness in mm of the anatomic region of interest as specified in the Anatomic Region Sequence (0008,2218) in the direction of the center of the beam."""
