"""Item class MRAveragesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "MRAveragesSequenceItem",
]


class MRAveragesSequenceItem(DicomModel):
    """An item of MR Averages Sequence (0018,9119), as first defined in MR Averages Macro Attributes (C.8-97)."""

    dicom_name: ClassVar[str] = "MR Averages Sequence"
    dicom_table: ClassVar[str] = "table_C.8-97"

    NumberOfAverages: Annotated[
        vr.DS | None,
        Attribute(
            0x00180083,
            "DS",
            "1",
            "1C",
            name="Number of Averages",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Number of Averages (0018,0083): Type 1C, VR DS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Maximum number of times any point in k-space is acquired. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise."""
