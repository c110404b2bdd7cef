"""Graphic Layer Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.graphic_layer_sequence_item import (
        GraphicLayerSequenceItem as _GraphicLayerSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _GraphicLayerSequenceItem = Lazy(
        "dicomodel.items.graphic_layer_sequence_item", "GraphicLayerSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.graphic_layer_sequence_item import (
        GraphicLayerSequenceItem as GraphicLayerSequenceItem,
    )

__all__ = [
    "GraphicLayerModule",
    "GraphicLayerSequenceItem",
]


class GraphicLayerModule(DicomModel):
    """Graphic Layer Module Attributes (PS3.3 Table C.10-7)."""

    dicom_name: ClassVar[str] = "Graphic Layer"
    dicom_table: ClassVar[str] = "table_C.10-7"

    GraphicLayerSequence: Annotated[
        list[_GraphicLayerSequenceItem],
        Attribute(0x00700060, "SQ", "1", "1", name="Graphic Layer Sequence"),
    ]
    """Graphic Layer Sequence (0070,0060): Type 1, VR SQ, VM 1. A Sequence of Items each of which represents a single layer in which overlays, graphics or text may be rendered. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "GraphicLayerSequenceItem": (
        "dicomodel.items.graphic_layer_sequence_item",
        "GraphicLayerSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
