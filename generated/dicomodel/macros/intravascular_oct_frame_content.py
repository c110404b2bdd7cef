"""Intravascular OCT Frame Content Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.intravascular_oct_frame_content_sequence_item import (
        IntravascularOCTFrameContentSequenceItem as _IntravascularOCTFrameContentSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _IntravascularOCTFrameContentSequenceItem = Lazy(
        "dicomodel.items.intravascular_oct_frame_content_sequence_item",
        "IntravascularOCTFrameContentSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.intravascular_oct_frame_content_sequence_item import (
        IntravascularOCTFrameContentSequenceItem as IntravascularOCTFrameContentSequenceItem,
    )

__all__ = [
    "IntravascularOCTFrameContentMacro",
    "IntravascularOCTFrameContentSequenceItem",
]


class IntravascularOCTFrameContentMacro(DicomModel):
    """Intravascular OCT Frame Content Macro Attributes (PS3.3 Table C.8.27.6.3-1)."""

    dicom_name: ClassVar[str] = "Intravascular OCT Frame Content"
    dicom_table: ClassVar[str] = "table_C.8.27.6.3-1"

    IntravascularOCTFrameContentSequence: Annotated[
        list[_IntravascularOCTFrameContentSequenceItem],
        Attribute(0x00520029, "SQ", "1", "1", name="Intravascular OCT Frame Content Sequence"),
    ]
    """Intravascular OCT Frame Content Sequence (0052,0029): Type 1, VR SQ, VM 1. A Sequence that describes a general description of this image or frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "IntravascularOCTFrameContentSequenceItem": (
        "dicomodel.items.intravascular_oct_frame_content_sequence_item",
        "IntravascularOCTFrameContentSequenceItem",
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
