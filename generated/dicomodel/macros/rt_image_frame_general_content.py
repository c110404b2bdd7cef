"""RT Image Frame General Content Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.rt_image_frame_general_content_sequence_item import (
        RTImageFrameGeneralContentSequenceItem as _RTImageFrameGeneralContentSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _RTImageFrameGeneralContentSequenceItem = Lazy(
        "dicomodel.items.rt_image_frame_general_content_sequence_item",
        "RTImageFrameGeneralContentSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.rt_image_frame_general_content_sequence_item import (
        RTImageFrameGeneralContentSequenceItem as RTImageFrameGeneralContentSequenceItem,
    )

__all__ = [
    "RTImageFrameGeneralContentMacro",
    "RTImageFrameGeneralContentSequenceItem",
]


class RTImageFrameGeneralContentMacro(DicomModel):
    """RT Image Frame General Content Macro Attributes (PS3.3 Table C.36.2.4.8-1)."""

    dicom_name: ClassVar[str] = "RT Image Frame General Content"
    dicom_table: ClassVar[str] = "table_C.36.2.4.8-1"

    RTImageFrameGeneralContentSequence: Annotated[
        list[_RTImageFrameGeneralContentSequenceItem],
        Attribute(0x30020102, "SQ", "1", "1", name="RT Image Frame General Content Sequence"),
    ]
    """RT Image Frame General Content Sequence (3002,0102): Type 1, VR SQ, VM 1. Identifies RT-specific characteristics of the frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "RTImageFrameGeneralContentSequenceItem": (
        "dicomodel.items.rt_image_frame_general_content_sequence_item",
        "RTImageFrameGeneralContentSequenceItem",
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
