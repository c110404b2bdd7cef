"""Table Content Item Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.tabulated_values_sequence_item_table_content_item import (
    TabulatedValuesSequenceItemTableContentItem,
)
from dicomodel.model import Attribute, DicomModel


class TableContentItemMacro(DicomModel):
    """Table Content Item Macro Attributes (PS3.3 Table C.18.10-1)."""

    dicom_name: ClassVar[str] = "Table Content Item"
    dicom_table: ClassVar[str] = "table_C.18.10-1"

    TabulatedValuesSequence: Annotated[
        list[TabulatedValuesSequenceItemTableContentItem],
        Attribute(0x0040A801, "SQ", "1", "1", name="Tabulated Values Sequence"),
    ]
    """Tabulated Values Sequence (0040,A801): Type 1, VR SQ, VM 1. This is the table that represents the value of the Content Item. Shall consist of a single Item whose Attributes convey the cell value(s), which represent rows and columns consisting of text, codes, integers, real numbers or DateTimes."""
