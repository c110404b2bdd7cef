"""Stored Value Color Range Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.stored_value_color_range_sequence_item import StoredValueColorRangeSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "StoredValueColorRangeMacro",
    "StoredValueColorRangeSequenceItem",
]


class StoredValueColorRangeMacro(DicomModel):
    """Stored Value Color Range Macro Attributes (PS3.3 Table C.7.6.16.2.26-1)."""

    dicom_name: ClassVar[str] = "Stored Value Color Range"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2.26-1"

    StoredValueColorRangeSequence: Annotated[
        list[StoredValueColorRangeSequenceItem],
        Attribute(0x00281230, "SQ", "1", "1", name="Stored Value Color Range Sequence"),
    ]
    """Stored Value Color Range Sequence (0028,1230): Type 1, VR SQ, VM 1. Specifies the range of stored pixel values of this frame mapped using the Palette Color LUT. Only a single Item shall be included in this Sequence."""
