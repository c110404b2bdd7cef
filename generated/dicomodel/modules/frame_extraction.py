"""Frame Extraction Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.frame_extraction_sequence_item import (
        FrameExtractionSequenceItem as _FrameExtractionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _FrameExtractionSequenceItem = Lazy(
        "dicomodel.items.frame_extraction_sequence_item", "FrameExtractionSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.frame_extraction_sequence_item import (
        FrameExtractionSequenceItem as FrameExtractionSequenceItem,
    )

__all__ = [
    "FrameExtractionModule",
    "FrameExtractionSequenceItem",
]


class FrameExtractionModule(DicomModel):
    """Frame Extraction Module Attributes (PS3.3 Table C.12-9)."""

    dicom_name: ClassVar[str] = "Frame Extraction"
    dicom_table: ClassVar[str] = "table_C.12-9"

    FrameExtractionSequence: Annotated[
        list[_FrameExtractionSequenceItem],
        Attribute(0x00081164, "SQ", "1", "1", name="Frame Extraction Sequence"),
    ]
    """Frame Extraction Sequence (0008,1164): Type 1, VR SQ, VM 1. Sequence containing details of how this SOP Instance was extracted from a source multi-frame SOP Instance. If this Instance was created from an Instance that contains a Frame Extraction Sequence, then this Sequence shall contain all of the..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FrameExtractionSequenceItem": (
        "dicomodel.items.frame_extraction_sequence_item",
        "FrameExtractionSequenceItem",
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
