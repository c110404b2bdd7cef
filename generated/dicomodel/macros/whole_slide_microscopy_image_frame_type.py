"""Whole Slide Microscopy Image Frame Type Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.whole_slide_microscopy_image_frame_type_sequence_item import (
        WholeSlideMicroscopyImageFrameTypeSequenceItem as _WholeSlideMicroscopyImageFrameTypeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _WholeSlideMicroscopyImageFrameTypeSequenceItem = Lazy(
        "dicomodel.items.whole_slide_microscopy_image_frame_type_sequence_item",
        "WholeSlideMicroscopyImageFrameTypeSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.whole_slide_microscopy_image_frame_type_sequence_item import (
        WholeSlideMicroscopyImageFrameTypeSequenceItem as WholeSlideMicroscopyImageFrameTypeSequenceItem,
    )

__all__ = [
    "WholeSlideMicroscopyImageFrameTypeMacro",
    "WholeSlideMicroscopyImageFrameTypeSequenceItem",
]


class WholeSlideMicroscopyImageFrameTypeMacro(DicomModel):
    """Whole Slide Microscopy Image Frame Type Macro Attributes (PS3.3 Table C.8.12.9-1)."""

    dicom_name: ClassVar[str] = "Whole Slide Microscopy Image Frame Type"
    dicom_table: ClassVar[str] = "table_C.8.12.9-1"

    WholeSlideMicroscopyImageFrameTypeSequence: Annotated[
        list[_WholeSlideMicroscopyImageFrameTypeSequenceItem],
        Attribute(
            0x00400710, "SQ", "1", "1", name="Whole Slide Microscopy Image Frame Type Sequence"
        ),
    ]
    """Whole Slide Microscopy Image Frame Type Sequence (0040,0710): Type 1, VR SQ, VM 1. Identifies the characteristics of this Whole Slide Microscopy Image frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "WholeSlideMicroscopyImageFrameTypeSequenceItem": (
        "dicomodel.items.whole_slide_microscopy_image_frame_type_sequence_item",
        "WholeSlideMicroscopyImageFrameTypeSequenceItem",
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
