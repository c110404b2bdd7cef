"""Intravascular Frame Content Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.intravascular_frame_content_sequence_item import (
        IntravascularFrameContentSequenceItem as _IntravascularFrameContentSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _IntravascularFrameContentSequenceItem = Lazy(
        "dicomodel.items.intravascular_frame_content_sequence_item",
        "IntravascularFrameContentSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.intravascular_frame_content_sequence_item import (
        IntravascularFrameContentSequenceItem as IntravascularFrameContentSequenceItem,
    )

__all__ = [
    "IntravascularFrameContentMacro",
    "IntravascularFrameContentSequenceItem",
]


class IntravascularFrameContentMacro(DicomModel):
    """Intravascular Frame Content Macro Attributes (PS3.3 Table C.8.27.6.2-1)."""

    dicom_name: ClassVar[str] = "Intravascular Frame Content"
    dicom_table: ClassVar[str] = "table_C.8.27.6.2-1"

    IntravascularFrameContentSequence: Annotated[
        list[_IntravascularFrameContentSequenceItem],
        Attribute(0x00520027, "SQ", "1", "1", name="Intravascular Frame Content Sequence"),
    ]
    """Intravascular Frame Content Sequence (0052,0027): Type 1, VR SQ, VM 1. A Sequence that describes a general description of this image or frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "IntravascularFrameContentSequenceItem": (
        "dicomodel.items.intravascular_frame_content_sequence_item",
        "IntravascularFrameContentSequenceItem",
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
