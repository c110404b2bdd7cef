"""MR Averages Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.mr_averages_sequence_item import MRAveragesSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "MRAveragesMacro",
    "MRAveragesSequenceItem",
]


class MRAveragesMacro(DicomModel):
    """MR Averages Macro Attributes (PS3.3 Table C.8-97)."""

    dicom_name: ClassVar[str] = "MR Averages"
    dicom_table: ClassVar[str] = "table_C.8-97"

    MRAveragesSequence: Annotated[
        list[MRAveragesSequenceItem],
        Attribute(0x00189119, "SQ", "1", "1", name="MR Averages Sequence"),
    ]
    """MR Averages Sequence (0018,9119): Type 1, VR SQ, VM 1. Identifies the averaging parameters of this frame. Only a single Item shall be included in this Sequence."""
