"""Excluded Intervals Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.excluded_intervals_sequence_item import (
        ExcludedIntervalsSequenceItem as _ExcludedIntervalsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ExcludedIntervalsSequenceItem = Lazy(
        "dicomodel.items.excluded_intervals_sequence_item", "ExcludedIntervalsSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.excluded_intervals_sequence_item import (
        ExcludedIntervalsSequenceItem as ExcludedIntervalsSequenceItem,
    )

__all__ = [
    "ExcludedIntervalsModule",
    "ExcludedIntervalsSequenceItem",
]


class ExcludedIntervalsModule(DicomModel):
    """Excluded Intervals Module Attributes (PS3.3 Table C.8.24.5-1)."""

    dicom_name: ClassVar[str] = "Excluded Intervals"
    dicom_table: ClassVar[str] = "table_C.8.24.5-1"

    ExcludedIntervalsSequence: Annotated[
        list[_ExcludedIntervalsSequenceItem] | None,
        Attribute(
            0x00189803,
            "SQ",
            "1",
            "1C",
            name="Excluded Intervals Sequence",
            when=("unknown", "names no attribute: one or more intervals was excluded"),
        ),
    ] = None
    """Excluded Intervals Sequence (0018,9803): Type 1C, VR SQ, VM 1. Required if one or more intervals was excluded. List of excluded intervals. One or more Items shall be included in this Sequence. Required if one or more intervals was excluded."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ExcludedIntervalsSequenceItem": (
        "dicomodel.items.excluded_intervals_sequence_item",
        "ExcludedIntervalsSequenceItem",
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
