"""Line Style Sequence Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.line_style_sequence_item import LineStyleSequenceItem
from dicomodel.model import Attribute, DicomModel


class LineStyleSequenceMacro(DicomModel):
    """Line Style Sequence Macro Attributes (PS3.3 Table C.10-5b)."""

    dicom_name: ClassVar[str] = "Line Style Sequence"
    dicom_table: ClassVar[str] = "table_C.10-5b"

    LineStyleSequence: Annotated[
        list[LineStyleSequenceItem] | None,
        Attribute(0x00700232, "SQ", "1", "3", name="Line Style Sequence"),
    ] = None
    """Line Style Sequence (0070,0232): Type 3, VR SQ, VM 1. Sequence that describes the line style. Only a single Item shall be included in this Sequence."""
