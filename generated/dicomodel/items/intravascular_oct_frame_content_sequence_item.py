"""Item class IntravascularOCTFrameContentSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "IntravascularOCTFrameContentSequenceItem",
]


class IntravascularOCTFrameContentSequenceItem(DicomModel):
    """An item of Intravascular OCT Frame Content Sequence (0052,0029), as first defined in Intravascular OCT Frame Content Macro Attributes (C.8.27.6.3-1)."""

    dicom_name: ClassVar[str] = "Intravascular OCT Frame Content Sequence"
    dicom_table: ClassVar[str] = "table_C.8.27.6.3-1"

    OCTZOffsetCorrection: Annotated[
        vr.SS, Attribute(0x00520030, "SS", "1", "1", name="OCT Z Offset Correction")
    ]
    """OCT Z Offset Correction (0052,0030): Type 1, VR SS, VM 1. The amount to shift the frame along the axial direction, in pixels, to correct for interferometer path-length mismatch. See Section C.8.27.6.3.1 for further explanation."""

    SeamLineIndex: Annotated[vr.US, Attribute(0x00520036, "US", "1", "1", name="Seam Line Index")]
    """Seam Line Index (0052,0036): Type 1, VR US, VM 1. The A-line number (zero index) that coincides with the seam line as indicated with the First A-line Location (0052,0034) Attribute."""

    NumberOfPaddedALines: Annotated[
        vr.US | None,
        Attribute(
            0x00520038,
            "US",
            "1",
            "1C",
            name="Number of Padded A-lines",
            when=(
                "unknown",
                "names no attribute: the FOR PROCESSING image contains padded A-lines",
            ),
        ),
    ] = None
    """Number of Padded A-lines (0052,0038): Type 1C, VR US, VM 1. Required if the FOR PROCESSING image contains padded A-lines. The number of padded A-lines contained in the FOR PROCESSING image frame. Required if the FOR PROCESSING image contains padded A-lines. See Section C.8.27.6.3.2 for further explanation."""
