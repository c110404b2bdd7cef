"""Cardiac Synchronization Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.cardiac_synchronization_sequence_item import (
        CardiacSynchronizationSequenceItem as _CardiacSynchronizationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CardiacSynchronizationSequenceItem = Lazy(
        "dicomodel.items.cardiac_synchronization_sequence_item",
        "CardiacSynchronizationSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.cardiac_synchronization_sequence_item import (
        CardiacSynchronizationSequenceItem as CardiacSynchronizationSequenceItem,
    )

__all__ = [
    "CardiacSynchronizationMacro",
    "CardiacSynchronizationSequenceItem",
]


class CardiacSynchronizationMacro(DicomModel):
    """Cardiac Synchronization Macro Attributes (PS3.3 Table C.7.6.16-8)."""

    dicom_name: ClassVar[str] = "Cardiac Synchronization"
    dicom_table: ClassVar[str] = "table_C.7.6.16-8"

    CardiacSynchronizationSequence: Annotated[
        list[_CardiacSynchronizationSequenceItem],
        Attribute(0x00189118, "SQ", "1", "1", name="Cardiac Synchronization Sequence"),
    ]
    """Cardiac Synchronization Sequence (0018,9118): Type 1, VR SQ, VM 1. Sequence that describes the frame specific cardiac synchronization parameters. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CardiacSynchronizationSequenceItem": (
        "dicomodel.items.cardiac_synchronization_sequence_item",
        "CardiacSynchronizationSequenceItem",
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
