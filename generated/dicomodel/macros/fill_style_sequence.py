"""Fill Style Sequence Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.fill_style_sequence_item import FillStyleSequenceItem
from dicomodel.model import Attribute, DicomModel


class FillStyleSequenceMacro(DicomModel):
    """Fill Style Sequence Macro Attributes (PS3.3 Table C.10-5c)."""

    dicom_name: ClassVar[str] = "Fill Style Sequence"
    dicom_table: ClassVar[str] = "table_C.10-5c"

    FillStyleSequence: Annotated[
        list[FillStyleSequenceItem] | None,
        Attribute(0x00700233, "SQ", "1", "3", name="Fill Style Sequence"),
    ] = None
    """Fill Style Sequence (0070,0233): Type 3, VR SQ, VM 1. Sequence that describes the fill style. Only a single Item is permitted in this Sequence."""
