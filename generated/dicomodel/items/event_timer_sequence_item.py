"""Item class EventTimerSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as EventCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "EventCodeSequenceItem",
    "EventTimerSequenceItem",
    "MappingResourceTerm",
]


class EventTimerSequenceItem(DicomModel):
    """An item of Event Timer Sequence (0008,2133), as first defined in Enhanced US Image Module Attributes (C.8.24.3-1)."""

    dicom_name: ClassVar[str] = "Event Timer Sequence"
    dicom_table: ClassVar[str] = "table_C.8.24.3-1"

    EventTimeOffset: Annotated[
        vr.FD, Attribute(0x00082134, "FD", "1", "1", name="Event Time Offset")
    ]
    """Event Time Offset (0008,2134): Type 1, VR FD, VM 1. Signed value of the time between Acquisition DateTime (0008,002A) and the event, in milliseconds. Positive values indicate the event occurs after Acquisition DateTime (0008,002A)."""

    EventCodeSequence: Annotated[
        list[_CodeSequenceItem], Attribute(0x00082135, "SQ", "1", "1", name="Event Code Sequence")
    ]
    """Event Code Sequence (0008,2135): Type 1, VR SQ, VM 1. Type of event. Only a single Item shall be included in this Sequence."""

    EventTimerNames: Annotated[
        list[vr.LO] | None, Attribute(0x00082132, "LO", "1-n", "3", name="Event Timer Name(s)")
    ] = None
    """Event Timer Name(s) (0008,2132): Type 3, VR LO, VM 1-n. Name that identifies the event timer. May be used in addition to Event Time Code Sequence to offer site-specific user-readable event time names. Only a single value shall be included."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "EventCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
