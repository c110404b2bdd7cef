"""Frame Content Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.frame_content_sequence_item import (
        FrameContentSequenceItem as _FrameContentSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _FrameContentSequenceItem = Lazy(
        "dicomodel.items.frame_content_sequence_item", "FrameContentSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.cardiac_cycle_position import (
        CardiacCyclePositionTerm as CardiacCyclePositionTerm,
    )
    from dicomodel.enums.respiratory_cycle_position import (
        RespiratoryCyclePositionTerm as RespiratoryCyclePositionTerm,
    )
    from dicomodel.items.frame_content_sequence_item import (
        FrameContentSequenceItem as FrameContentSequenceItem,
    )

__all__ = [
    "CardiacCyclePositionTerm",
    "FrameContentMacro",
    "FrameContentSequenceItem",
    "RespiratoryCyclePositionTerm",
]


class FrameContentMacro(DicomModel):
    """Frame Content Macro Attributes (PS3.3 Table C.7.6.16-3)."""

    dicom_name: ClassVar[str] = "Frame Content"
    dicom_table: ClassVar[str] = "table_C.7.6.16-3"

    FrameContentSequence: Annotated[
        list[_FrameContentSequenceItem],
        Attribute(0x00209111, "SQ", "1", "1", name="Frame Content Sequence"),
    ]
    """Frame Content Sequence (0020,9111): Type 1, VR SQ, VM 1. Identifies general characteristics of this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CardiacCyclePositionTerm": (
        "dicomodel.enums.cardiac_cycle_position",
        "CardiacCyclePositionTerm",
    ),
    "FrameContentSequenceItem": (
        "dicomodel.items.frame_content_sequence_item",
        "FrameContentSequenceItem",
    ),
    "RespiratoryCyclePositionTerm": (
        "dicomodel.enums.respiratory_cycle_position",
        "RespiratoryCyclePositionTerm",
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
