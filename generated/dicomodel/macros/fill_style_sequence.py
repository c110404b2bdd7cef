"""Fill Style Sequence Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.fill_style_sequence_item import (
        FillStyleSequenceItem as _FillStyleSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _FillStyleSequenceItem = Lazy(
        "dicomodel.items.fill_style_sequence_item", "FillStyleSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.fill_mode import FillMode as FillMode
    from dicomodel.items.fill_style_sequence_item import (
        FillStyleSequenceItem as FillStyleSequenceItem,
    )

__all__ = [
    "FillMode",
    "FillStyleSequenceItem",
    "FillStyleSequenceMacro",
]


class FillStyleSequenceMacro(DicomModel):
    """Fill Style Sequence Macro Attributes (PS3.3 Table C.10-5c)."""

    dicom_name: ClassVar[str] = "Fill Style Sequence"
    dicom_table: ClassVar[str] = "table_C.10-5c"

    FillStyleSequence: Annotated[
        list[_FillStyleSequenceItem] | None,
        Attribute(0x00700233, "SQ", "1", "3", name="Fill Style Sequence"),
    ] = None
    """Fill Style Sequence (0070,0233): Type 3, VR SQ, VM 1. Sequence that describes the fill style. Only a single Item is permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FillMode": ("dicomodel.enums.fill_mode", "FillMode"),
    "FillStyleSequenceItem": ("dicomodel.items.fill_style_sequence_item", "FillStyleSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
