"""Stored Value Color Range Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.stored_value_color_range_sequence_item import (
        StoredValueColorRangeSequenceItem as _StoredValueColorRangeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _StoredValueColorRangeSequenceItem = Lazy(
        "dicomodel.items.stored_value_color_range_sequence_item",
        "StoredValueColorRangeSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.stored_value_color_range_sequence_item import (
        StoredValueColorRangeSequenceItem as StoredValueColorRangeSequenceItem,
    )

__all__ = [
    "StoredValueColorRangeMacro",
    "StoredValueColorRangeSequenceItem",
]


class StoredValueColorRangeMacro(DicomModel):
    """Stored Value Color Range Macro Attributes (PS3.3 Table C.7.6.16.2.26-1)."""

    dicom_name: ClassVar[str] = "Stored Value Color Range"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2.26-1"

    StoredValueColorRangeSequence: Annotated[
        list[_StoredValueColorRangeSequenceItem],
        Attribute(0x00281230, "SQ", "1", "1", name="Stored Value Color Range Sequence"),
    ]
    """Stored Value Color Range Sequence (0028,1230): Type 1, VR SQ, VM 1. Specifies the range of stored pixel values of this frame mapped using the Palette Color LUT. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "StoredValueColorRangeSequenceItem": (
        "dicomodel.items.stored_value_color_range_sequence_item",
        "StoredValueColorRangeSequenceItem",
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
