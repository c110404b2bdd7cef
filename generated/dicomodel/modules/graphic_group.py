"""Graphic Group Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.graphic_group_sequence_item import (
        GraphicGroupSequenceItem as _GraphicGroupSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _GraphicGroupSequenceItem = Lazy(
        "dicomodel.items.graphic_group_sequence_item", "GraphicGroupSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.graphic_group_sequence_item import (
        GraphicGroupSequenceItem as GraphicGroupSequenceItem,
    )

__all__ = [
    "GraphicGroupModule",
    "GraphicGroupSequenceItem",
]


class GraphicGroupModule(DicomModel):
    """Graphic Group Module Attributes (PS3.3 Table C.10-12)."""

    dicom_name: ClassVar[str] = "Graphic Group"
    dicom_table: ClassVar[str] = "table_C.10-12"

    GraphicGroupSequence: Annotated[
        list[_GraphicGroupSequenceItem],
        Attribute(0x00700234, "SQ", "1", "1", name="Graphic Group Sequence"),
    ]
    """Graphic Group Sequence (0070,0234): Type 1, VR SQ, VM 1. Sequence that describes the combined graphic object. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "GraphicGroupSequenceItem": (
        "dicomodel.items.graphic_group_sequence_item",
        "GraphicGroupSequenceItem",
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
