"""Temporal Position Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.temporal_position_sequence_item import (
        TemporalPositionSequenceItem as _TemporalPositionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _TemporalPositionSequenceItem = Lazy(
        "dicomodel.items.temporal_position_sequence_item", "TemporalPositionSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.temporal_position_sequence_item import (
        TemporalPositionSequenceItem as TemporalPositionSequenceItem,
    )

__all__ = [
    "TemporalPositionMacro",
    "TemporalPositionSequenceItem",
]


class TemporalPositionMacro(DicomModel):
    """Temporal Position Macro Attributes (PS3.3 Table C.7.6.16.2.23-1)."""

    dicom_name: ClassVar[str] = "Temporal Position"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2.23-1"

    TemporalPositionSequence: Annotated[
        list[_TemporalPositionSequenceItem],
        Attribute(0x00209310, "SQ", "1", "1", name="Temporal Position Sequence"),
    ]
    """Temporal Position Sequence (0020,9310): Type 1, VR SQ, VM 1. Identifies the temporal position of the plane of this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "TemporalPositionSequenceItem": (
        "dicomodel.items.temporal_position_sequence_item",
        "TemporalPositionSequenceItem",
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
