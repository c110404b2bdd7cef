"""Segmentation Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.segment_identification_sequence_item import (
        SegmentIdentificationSequenceItem as _SegmentIdentificationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _SegmentIdentificationSequenceItem = Lazy(
        "dicomodel.items.segment_identification_sequence_item", "SegmentIdentificationSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.segment_identification_sequence_item import (
        SegmentIdentificationSequenceItem as SegmentIdentificationSequenceItem,
    )

__all__ = [
    "SegmentIdentificationSequenceItem",
    "SegmentationMacro",
]


class SegmentationMacro(DicomModel):
    """Segmentation Macro Attributes (PS3.3 Table C.8.20-3)."""

    dicom_name: ClassVar[str] = "Segmentation"
    dicom_table: ClassVar[str] = "table_C.8.20-3"

    SegmentIdentificationSequence: Annotated[
        list[_SegmentIdentificationSequenceItem],
        Attribute(0x0062000A, "SQ", "1", "1", name="Segment Identification Sequence"),
    ]
    """Segment Identification Sequence (0062,000A): Type 1, VR SQ, VM 1. Identifies the characteristics of this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "SegmentIdentificationSequenceItem": (
        "dicomodel.items.segment_identification_sequence_item",
        "SegmentIdentificationSequenceItem",
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
