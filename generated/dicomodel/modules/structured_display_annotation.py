"""Structured Display Annotation Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.structured_display_text_box_sequence_item import (
    StructuredDisplayTextBoxSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class StructuredDisplayAnnotationModule(DicomModel):
    """Structured Display Annotation Module Attributes (PS3.3 Table C.11.18-1)."""

    dicom_name: ClassVar[str] = "Structured Display Annotation"
    dicom_table: ClassVar[str] = "table_C.11.18-1"

    StructuredDisplayTextBoxSequence: Annotated[
        list[StructuredDisplayTextBoxSequenceItem],
        Attribute(0x00720424, "SQ", "1", "1", name="Structured Display Text Box Sequence"),
    ]
    """Structured Display Text Box Sequence (0072,0424): Type 1, VR SQ, VM 1. Sequence that describes a text annotation. One or more Items shall be included in this Sequence."""
