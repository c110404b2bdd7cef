"""Item class FractionPatternSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.weekday_fraction_pattern_sequence_item import (
        WeekdayFractionPatternSequenceItem as _WeekdayFractionPatternSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _WeekdayFractionPatternSequenceItem = Lazy(
        "dicomodel.items.weekday_fraction_pattern_sequence_item",
        "WeekdayFractionPatternSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.weekday_fraction_pattern_sequence_item import (
        WeekdayFractionPatternSequenceItem as WeekdayFractionPatternSequenceItem,
    )

__all__ = [
    "FractionPatternSequenceItem",
    "WeekdayFractionPatternSequenceItem",
]


class FractionPatternSequenceItem(DicomModel):
    """An item of Fraction Pattern Sequence (3010,0079), as first defined in Radiation Fraction Pattern Macro Attributes (C.36.2.1.1-1)."""

    dicom_name: ClassVar[str] = "Fraction Pattern Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.1.1-1"

    NumberOfFractionPatternDigitsPerDay: Annotated[
        vr.IS | None,
        Attribute(
            0x300A0079,
            "IS",
            "1",
            "1C",
            name="Number of Fraction Pattern Digits Per Day",
            when=("present", 0x30100087),
        ),
    ] = None
    """Number of Fraction Pattern Digits Per Day (300A,0079): Type 1C, VR IS, VM 1. Required if Weekday Fraction Pattern Sequence (3010,0087) is present. The maximum number of fractions encodable within a day in a Fraction Pattern (3010,0087). Required if Weekday Fraction Pattern Sequence (3010,0087) is present. See Section C.36.2.1.1.1.1."""

    RepeatFractionCycleLength: Annotated[
        vr.IS | None,
        Attribute(
            0x300A007A,
            "IS",
            "1",
            "1C",
            name="Repeat Fraction Cycle Length",
            when=("present", 0x30100087),
        ),
    ] = None
    """Repeat Fraction Cycle Length (300A,007A): Type 1C, VR IS, VM 1. Required if Weekday Fraction Pattern Sequence (3010,0087) is present. Number of weeks needed to describe fraction pattern. Required if Weekday Fraction Pattern Sequence (3010,0087) is present. See Section C.36.2.1.1.1.1."""

    WeekdayFractionPatternSequence: Annotated[
        list[_WeekdayFractionPatternSequenceItem] | None,
        Attribute(0x30100087, "SQ", "1", "3", name="Weekday Fraction Pattern Sequence"),
    ] = None
    """Weekday Fraction Pattern Sequence (3010,0087): Type 3, VR SQ, VM 1. Sequence of week-day based fraction patterns. Each Item represents an alternative pattern. One or more Items are permitted in this Sequence. See Section C.36.2.1.1.1.1."""

    MinimumHoursBetweenFractions: Annotated[
        vr.FD | None, Attribute(0x30100084, "FD", "1", "3", name="Minimum Hours between Fractions")
    ] = None
    """Minimum Hours between Fractions (3010,0084): Type 3, VR FD, VM 1. Minimum number of hours between consecutive fractions. Consecutive fractions are given in Number of Fraction Pattern Digits Per Day (300A,0079)."""

    IntendedFractionStartTime: Annotated[
        list[vr.TM] | None,
        Attribute(0x30100085, "TM", "1-n", "3", name="Intended Fraction Start Time"),
    ] = None
    """Intended Fraction Start Time (3010,0085): Type 3, VR TM, VM 1-n. The intended time(s) of day when the first RT Treatment Fraction of the day should be started."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "WeekdayFractionPatternSequenceItem": (
        "dicomodel.items.weekday_fraction_pattern_sequence_item",
        "WeekdayFractionPatternSequenceItem",
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
