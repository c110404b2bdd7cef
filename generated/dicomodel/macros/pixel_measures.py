"""Pixel Measures Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.pixel_measures_sequence_item import (
        PixelMeasuresSequenceItem as _PixelMeasuresSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PixelMeasuresSequenceItem = Lazy(
        "dicomodel.items.pixel_measures_sequence_item", "PixelMeasuresSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.pixel_measures_sequence_item import (
        PixelMeasuresSequenceItem as PixelMeasuresSequenceItem,
    )

__all__ = [
    "PixelMeasuresMacro",
    "PixelMeasuresSequenceItem",
]


class PixelMeasuresMacro(DicomModel):
    """Pixel Measures Macro Attributes (PS3.3 Table C.7.6.16-2)."""

    dicom_name: ClassVar[str] = "Pixel Measures"
    dicom_table: ClassVar[str] = "table_C.7.6.16-2"

    PixelMeasuresSequence: Annotated[
        list[_PixelMeasuresSequenceItem],
        Attribute(0x00289110, "SQ", "1", "1", name="Pixel Measures Sequence"),
    ]
    """Pixel Measures Sequence (0028,9110): Type 1, VR SQ, VM 1. Identifies the physical characteristics of the pixels of this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PixelMeasuresSequenceItem": (
        "dicomodel.items.pixel_measures_sequence_item",
        "PixelMeasuresSequenceItem",
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
