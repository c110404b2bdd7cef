"""X-Ray Field of View Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.field_of_view_sequence_item import FieldOfViewSequenceItem
from dicomodel.model import Attribute, DicomModel


class XRayFieldOfViewMacro(DicomModel):
    """X-Ray Field of View Macro Attributes (PS3.3 Table C.8.19.6-2)."""

    dicom_name: ClassVar[str] = "X-Ray Field of View"
    dicom_table: ClassVar[str] = "table_C.8.19.6-2"

    FieldOfViewSequence: Annotated[
        list[FieldOfViewSequenceItem],
        Attribute(0x00189432, "SQ", "1", "1", name="Field of View Sequence"),
    ]
    """Field of View Sequence (0018,9432): Type 1, VR SQ, VM 1. Sequence containing the field of view for this frame. Only a single Item shall be included in this Sequence."""
