"""Item class DataInformationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.time_slot_information_sequence_item import (
        TimeSlotInformationSequenceItem as _TimeSlotInformationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _TimeSlotInformationSequenceItem = Lazy(
        "dicomodel.items.time_slot_information_sequence_item", "TimeSlotInformationSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.time_slot_information_sequence_item import (
        TimeSlotInformationSequenceItem as TimeSlotInformationSequenceItem,
    )

__all__ = [
    "DataInformationSequenceItem",
    "TimeSlotInformationSequenceItem",
]


class DataInformationSequenceItem(DicomModel):
    """An item of Data Information Sequence (0054,0063), as first defined in NM Multi-Gated Acquisition Module Attributes (C.8-13)."""

    dicom_name: ClassVar[str] = "Data Information Sequence"
    dicom_table: ClassVar[str] = "table_C.8-13"

    FrameTime: Annotated[vr.DS, Attribute(0x00181063, "DS", "1", "1", name="Frame Time")]
    """Frame Time (0018,1063): Type 1, VR DS, VM 1. Nominal time per individual frame in msec."""

    NominalInterval: Annotated[
        vr.IS | None, Attribute(0x00181062, "IS", "1", "3", name="Nominal Interval")
    ] = None
    """Nominal Interval (0018,1062): Type 3, VR IS, VM 1. Average duration of accepted beats, in msec."""

    LowRRValue: Annotated[
        vr.IS | None, Attribute(0x00181081, "IS", "1", "3", name="Low R-R Value")
    ] = None
    """Low R-R Value (0018,1081): Type 3, VR IS, VM 1. R-R interval lower limit for beat rejection, in msec."""

    HighRRValue: Annotated[
        vr.IS | None, Attribute(0x00181082, "IS", "1", "3", name="High R-R Value")
    ] = None
    """High R-R Value (0018,1082): Type 3, VR IS, VM 1. R-R interval upper limit for beat rejection, in msec."""

    IntervalsAcquired: Annotated[
        vr.IS | None, Attribute(0x00181083, "IS", "1", "3", name="Intervals Acquired")
    ] = None
    """Intervals Acquired (0018,1083): Type 3, VR IS, VM 1. Number of heartbeats that fall within Low R-R Value (0018,1081) and High R-R Value (0018,1082), and were therefore accepted and contribute gamma events to this R-R Interval."""

    IntervalsRejected: Annotated[
        vr.IS | None, Attribute(0x00181084, "IS", "1", "3", name="Intervals Rejected")
    ] = None
    """Intervals Rejected (0018,1084): Type 3, VR IS, VM 1. Number of heartbeats that fall outside Low R-R (0018,1081) and High R-R Value (0018,1082), and do not contribute gamma events to this R-R Interval. However, they may contribute gamma events to other R-R Intervals."""

    TimeSlotInformationSequence: Annotated[
        list[_TimeSlotInformationSequenceItem] | None,
        Attribute(
            0x00540072,
            "SQ",
            "1",
            "2C",
            name="Time Slot Information Sequence",
            when=("value", 0x00280009, 0, "in", (5505136,)),
        ),
    ] = None
    """Time Slot Information Sequence (0054,0072): Type 2C, VR SQ, VM 1. Required if the Frame Increment Pointer (0028,0009) contains the Tag for Time Slot Vector (0054,0070). Sequence of Items that describe Time Slot Information. Required if the Frame Increment Pointer (0028,0009) contains the Tag for Time Slot Vector (0054,0070). Zero or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "TimeSlotInformationSequenceItem": (
        "dicomodel.items.time_slot_information_sequence_item",
        "TimeSlotInformationSequenceItem",
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
