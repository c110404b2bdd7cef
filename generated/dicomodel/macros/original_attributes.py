"""Original Attributes Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.original_attributes_sequence_item import OriginalAttributesSequenceItem
from dicomodel.model import Attribute, DicomModel


class OriginalAttributesMacro(DicomModel):
    """Original Attributes Macro Attributes (PS3.3 Table C.12.1.1.9-1)."""

    dicom_name: ClassVar[str] = "Original Attributes"
    dicom_table: ClassVar[str] = "table_C.12.1.1.9-1"

    OriginalAttributesSequence: Annotated[
        list[OriginalAttributesSequenceItem] | None,
        Attribute(0x04000561, "SQ", "1", "3", name="Original Attributes Sequence"),
    ] = None
    """Original Attributes Sequence (0400,0561): Type 3, VR SQ, VM 1. Sequence of Items containing all Attributes that were added, removed or replaced by other values in the top level Data Set. See Section C.12.1.1.9. One or more Items are permitted in this Sequence."""
