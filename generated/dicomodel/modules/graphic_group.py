"""Graphic Group Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.graphic_group_sequence_item import GraphicGroupSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "GraphicGroupModule",
    "GraphicGroupSequenceItem",
]


class GraphicGroupModule(DicomModel):
    """Graphic Group Module Attributes (PS3.3 Table C.10-12)."""

    dicom_name: ClassVar[str] = "Graphic Group"
    dicom_table: ClassVar[str] = "table_C.10-12"

    GraphicGroupSequence: Annotated[
        list[GraphicGroupSequenceItem],
        Attribute(0x00700234, "SQ", "1", "1", name="Graphic Group Sequence"),
    ]
    """Graphic Group Sequence (0070,0234): Type 1, VR SQ, VM 1. Sequence that describes the combined graphic object. One or more Items shall be included in this Sequence."""
