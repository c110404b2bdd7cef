"""Frame Pixel Shift Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.frame_pixel_shift_sequence_item import (
        FramePixelShiftSequenceItem as _FramePixelShiftSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _FramePixelShiftSequenceItem = Lazy(
        "dicomodel.items.frame_pixel_shift_sequence_item", "FramePixelShiftSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.frame_pixel_shift_sequence_item import (
        FramePixelShiftSequenceItem as FramePixelShiftSequenceItem,
    )

__all__ = [
    "FramePixelShiftMacro",
    "FramePixelShiftSequenceItem",
]


class FramePixelShiftMacro(DicomModel):
    """Frame Pixel Shift Macro Attributes (PS3.3 Table C.7.6.16-15)."""

    dicom_name: ClassVar[str] = "Frame Pixel Shift"
    dicom_table: ClassVar[str] = "table_C.7.6.16-15"

    FramePixelShiftSequence: Annotated[
        list[_FramePixelShiftSequenceItem],
        Attribute(0x00289415, "SQ", "1", "1", name="Frame Pixel Shift Sequence"),
    ]
    """Frame Pixel Shift Sequence (0028,9415): Type 1, VR SQ, VM 1. Sequence containing the pixel shift for a number of masks for this frame. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FramePixelShiftSequenceItem": (
        "dicomodel.items.frame_pixel_shift_sequence_item",
        "FramePixelShiftSequenceItem",
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
