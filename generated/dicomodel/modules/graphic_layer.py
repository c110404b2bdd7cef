"""Graphic Layer Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.graphic_layer_sequence_item import GraphicLayerSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "GraphicLayerModule",
    "GraphicLayerSequenceItem",
]


class GraphicLayerModule(DicomModel):
    """Graphic Layer Module Attributes (PS3.3 Table C.10-7)."""

    dicom_name: ClassVar[str] = "Graphic Layer"
    dicom_table: ClassVar[str] = "table_C.10-7"

    GraphicLayerSequence: Annotated[
        list[GraphicLayerSequenceItem],
        Attribute(0x00700060, "SQ", "1", "1", name="Graphic Layer Sequence"),
    ]
    """Graphic Layer Sequence (0070,0060): Type 1, VR SQ, VM 1. A Sequence of Items each of which represents a single layer in which overlays, graphics or text may be rendered. One or more Items shall be included in this Sequence."""
