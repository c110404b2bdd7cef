"""X-Ray Table Position Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.table_position_sequence_item import TablePositionSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "TablePositionSequenceItem",
    "XRayTablePositionMacro",
]


class XRayTablePositionMacro(DicomModel):
    """X-Ray Table Position Macro Attributes (PS3.3 Table C.8.19.6-11)."""

    dicom_name: ClassVar[str] = "X-Ray Table Position"
    dicom_table: ClassVar[str] = "table_C.8.19.6-11"

    TablePositionSequence: Annotated[
        list[TablePositionSequenceItem],
        Attribute(0x00189406, "SQ", "1", "1", name="Table Position Sequence"),
    ]
    """Table Position Sequence (0018,9406): Type 1, VR SQ, VM 1. A Sequence that describes the geometrical position of the table top. Only a single Item shall be included in this Sequence."""
