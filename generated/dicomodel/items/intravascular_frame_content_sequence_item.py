"""Item class IntravascularFrameContentSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "IntravascularFrameContentSequenceItem",
]


class IntravascularFrameContentSequenceItem(DicomModel):
    """An item of Intravascular Frame Content Sequence (0052,0027), as first defined in Intravascular Frame Content Macro Attributes (C.8.27.6.2-1)."""

    dicom_name: ClassVar[str] = "Intravascular Frame Content Sequence"
    dicom_table: ClassVar[str] = "table_C.8.27.6.2-1"

    IntravascularLongitudinalDistance: Annotated[
        vr.FD | None,
        Attribute(
            0x00520028,
            "FD",
            "1",
            "1C",
            name="Intravascular Longitudinal Distance",
            when=("value", 0x00183100, 0, "in", ("MEASURED",)),
        ),
    ] = None
    """Intravascular Longitudinal Distance (0052,0028): Type 1C, VR FD, VM 1. Required if Intravascular Acquisition (0018,3100) equals MEASURED. Longitudinal distance in millimeters between this frame and the previous acquired frame. Positive values indicate movement is from Distal to Proximal (pull back). Negative values indicate movement is from Proximal to Distal (push forward)."""

    SeamLineLocation: Annotated[
        vr.FD | None,
        Attribute(
            0x00520033,
            "FD",
            "1",
            "2C",
            name="Seam Line Location",
            when=("value", 0x00080068, 0, "in", ("FOR PRESENTATION",)),
        ),
    ] = None
    """Seam Line Location (0052,0033): Type 2C, VR FD, VM 1. Required if Presentation Intent Type (0008,0068) equals FOR PRESENTATION. Clockwise rotational orientation (in degrees) at which the seam line in the frame is displayed, relative to vertical (zero degrees). Required if Presentation Intent Type (0008,0068) equals FOR PRESENTATION."""
