"""Graphic Annotation Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.graphic_annotation_sequence_item import GraphicAnnotationSequenceItem
from dicomodel.model import Attribute, DicomModel


class GraphicAnnotationModule(DicomModel):
    """Graphic Annotation Module Attributes (PS3.3 Table C.10-5)."""

    dicom_name: ClassVar[str] = "Graphic Annotation"
    dicom_table: ClassVar[str] = "table_C.10-5"

    GraphicAnnotationSequence: Annotated[
        list[GraphicAnnotationSequenceItem],
        Attribute(0x00700001, "SQ", "1", "1", name="Graphic Annotation Sequence"),
    ]
    """Graphic Annotation Sequence (0070,0001): Type 1, VR SQ, VM 1. A Sequence of Items each of which represents a group of annotations composed of graphics or text or both. One or more Items shall be included in this Sequence."""
