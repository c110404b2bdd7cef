"""Text Style Sequence Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.text_style_sequence_item import TextStyleSequenceItem
from dicomodel.model import Attribute, DicomModel


class TextStyleSequenceMacro(DicomModel):
    """Text Style Sequence Macro Attributes (PS3.3 Table C.10-5a)."""

    dicom_name: ClassVar[str] = "Text Style Sequence"
    dicom_table: ClassVar[str] = "table_C.10-5a"

    TextStyleSequence: Annotated[
        list[TextStyleSequenceItem] | None,
        Attribute(0x00700231, "SQ", "1", "3", name="Text Style Sequence"),
    ] = None
    """Text Style Sequence (0070,0231): Type 3, VR SQ, VM 1. Sequence that describes the text style. Only a single Item shall be included in this Sequence."""
