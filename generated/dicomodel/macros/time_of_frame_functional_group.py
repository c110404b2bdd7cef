"""Time of Frame Functional Group Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.time_of_frame_group_sequence_item import (
        TimeOfFrameGroupSequenceItem as _TimeOfFrameGroupSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _TimeOfFrameGroupSequenceItem = Lazy(
        "dicomodel.items.time_of_frame_group_sequence_item", "TimeOfFrameGroupSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.time_of_frame_group_sequence_item import (
        TimeOfFrameGroupSequenceItem as TimeOfFrameGroupSequenceItem,
    )

__all__ = [
    "TimeOfFrameFunctionalGroupMacro",
    "TimeOfFrameGroupSequenceItem",
]


class TimeOfFrameFunctionalGroupMacro(DicomModel):
    """Time of Frame Functional Group Macro Attributes (PS3.3 Table C.7.6.16.2.29-1)."""

    dicom_name: ClassVar[str] = "Time of Frame Functional Group"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2.29-1"

    TimeOfFrameGroupSequence: Annotated[
        list[_TimeOfFrameGroupSequenceItem],
        Attribute(0x0034000D, "SQ", "1", "1", name="Time of Frame Group Sequence"),
    ]
    """Time of Frame Group Sequence (0034,000D): Type 1, VR SQ, VM 1. Time characteristics of the current frame or audio sample. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "TimeOfFrameGroupSequenceItem": (
        "dicomodel.items.time_of_frame_group_sequence_item",
        "TimeOfFrameGroupSequenceItem",
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
