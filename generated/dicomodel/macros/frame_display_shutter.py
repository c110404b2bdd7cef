"""Frame Display Shutter Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.display_shutter_item import DisplayShutterItem as _DisplayShutterItem
else:
    from dicomodel.lazy import Lazy

    _DisplayShutterItem = Lazy("dicomodel.items.display_shutter_item", "DisplayShutterItem")

if TYPE_CHECKING:
    from dicomodel.items.display_shutter_item import (
        DisplayShutterItem as FrameDisplayShutterSequenceItem,
    )

__all__ = [
    "FrameDisplayShutterMacro",
    "FrameDisplayShutterSequenceItem",
]


class FrameDisplayShutterMacro(DicomModel):
    """Frame Display Shutter Macro Attributes (PS3.3 Table C.7.6.16-17)."""

    dicom_name: ClassVar[str] = "Frame Display Shutter"
    dicom_table: ClassVar[str] = "table_C.7.6.16-17"

    FrameDisplayShutterSequence: Annotated[
        list[_DisplayShutterItem],
        Attribute(0x00189472, "SQ", "1", "1", name="Frame Display Shutter Sequence"),
    ]
    """Frame Display Shutter Sequence (0018,9472): Type 1, VR SQ, VM 1. Sequence containing the display shutter parameters for this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FrameDisplayShutterSequenceItem": (
        "dicomodel.items.display_shutter_item",
        "DisplayShutterItem",
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
