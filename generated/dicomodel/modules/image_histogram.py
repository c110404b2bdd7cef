"""Image Histogram Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.histogram_sequence_item import (
        HistogramSequenceItem as _HistogramSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _HistogramSequenceItem = Lazy(
        "dicomodel.items.histogram_sequence_item", "HistogramSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.histogram_sequence_item import (
        HistogramSequenceItem as HistogramSequenceItem,
    )

__all__ = [
    "HistogramSequenceItem",
    "ImageHistogramModule",
]


class ImageHistogramModule(DicomModel):
    """Image Histogram Module Attributes (PS3.3 Table C.11.5-1)."""

    dicom_name: ClassVar[str] = "Image Histogram"
    dicom_table: ClassVar[str] = "table_C.11.5-1"

    HistogramSequence: Annotated[
        list[_HistogramSequenceItem],
        Attribute(0x00603000, "SQ", "1", "1", name="Histogram Sequence"),
    ]
    """Histogram Sequence (0060,3000): Type 1, VR SQ, VM 1. Defines a Sequence of Histograms. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "HistogramSequenceItem": ("dicomodel.items.histogram_sequence_item", "HistogramSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
