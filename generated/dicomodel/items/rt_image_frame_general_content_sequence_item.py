"""Item class RTImageFrameGeneralContentSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "RTImageFrameGeneralContentSequenceItem",
]


class RTImageFrameGeneralContentSequenceItem(DicomModel):
    """An item of RT Image Frame General Content Sequence (3002,0102), as first defined in RT Image Frame General Content Macro Attributes (C.36.2.4.8-1)."""

    dicom_name: ClassVar[str] = "RT Image Frame General Content Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.4.8-1"

    FrameType: Annotated[list[vr.CS], Attribute(0x00089007, "CS", "4-5", "1", name="Frame Type")]
    """Frame Type (0008,9007): Type 1, VR CS, VM 4-5. Type of Frame. A multi-valued Attribute analogous to Image Type (0008,0008). See Section C.36.2.4.8.1.1 and Section C.36.27.1.1."""

    ReferencedTreatmentPositionIndex: Annotated[
        vr.US | None,
        Attribute(
            0x300A060B,
            "US",
            "1",
            "1C",
            name="Referenced Treatment Position Index",
            when=(
                "and",
                ("present", 0x300A063F),
                (
                    "unknown",
                    "names no attribute: the current Frame was acquired at a position specified in an Item of this Sequence",
                ),
            ),
        ),
    ] = None
    """Referenced Treatment Position Index (300A,060B): Type 1C, VR US, VM 1. Required if the Treatment Position Sequence (300A,063F) is present and the current Frame was acquired at a position specified in an Item of this Sequence. The value of Treatment Position Index (300A,0606) from the Treatment Position Sequence (300A,063F) within this IOD describing the position when the frame was taken."""

    StartCumulativeMeterset: Annotated[
        vr.FD | None,
        Attribute(
            0x30020106,
            "FD",
            "1",
            "2C",
            name="Start Cumulative Meterset",
            when=(
                "unknown",
                "names no attribute: the image was acquired while therapeutic radiation was applied",
            ),
            otherwise="may",
        ),
    ] = None
    """Start Cumulative Meterset (3002,0106): Type 2C, VR FD, VM 1. Required if the image was acquired while therapeutic radiation was applied. May be present otherwise. The value of the Cumulative Meterset when the acquisition of the current frame started. Required if the image was acquired while therapeutic radiation was applied. May be present otherwise."""
