"""Presentation State Shutter Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PresentationStateShutterModule",
]


class PresentationStateShutterModule(DicomModel):
    """Presentation State Shutter Module Attributes (PS3.3 Table C.11.12-1)."""

    dicom_name: ClassVar[str] = "Presentation State Shutter"
    dicom_table: ClassVar[str] = "table_C.11.12-1"

    ShutterPresentationValue: Annotated[
        vr.US | None,
        Attribute(
            0x00181622,
            "US",
            "1",
            "1C",
            name="Shutter Presentation Value",
            when=("or", ("module", "Display Shutter"), ("module", "Bitmap Display Shutter")),
        ),
    ] = None
    """Shutter Presentation Value (0018,1622): Type 1C, VR US, VM 1. Required if the Display Shutter Module or Bitmap Display Shutter Module is present. A single grayscale unsigned value used to replace those parts of the image occluded by the shutter, when rendered on a monochrome display. The units are specified in P-Values."""

    ShutterPresentationColorCIELabValue: Annotated[
        list[vr.US] | None,
        Attribute(
            0x00181624,
            "US",
            "3",
            "1C",
            name="Shutter Presentation Color CIELab Value",
            when=(
                "unknown",
                "condition not read: no SOP Class UID in 'SOP Class is other than Grayscale Softcopy Presentation State Storage' (in 'Required if the Display Shutter Module or Bitmap Display Shutter Module is present and the SOP Class is other than Grayscale Softcopy Presentation State Storage')",
            ),
        ),
    ] = None
    """Shutter Presentation Color CIELab Value (0018,1624): Type 1C, VR US, VM 3. Required if the Display Shutter Module or Bitmap Display Shutter Module is present and the SOP Class is other than Grayscale Softcopy Presentation State Storage. A color triplet value used to replace those parts of the image occluded by the shutter, when rendered on a color display. The units are specified in PCS-Values, and the value is encoded as CIELab. See Section C.10.7.1.1."""
