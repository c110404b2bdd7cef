"""Item class WeekdayFractionPatternSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "WeekdayFractionPatternSequenceItem",
]


class WeekdayFractionPatternSequenceItem(DicomModel):
    """An item of Weekday Fraction Pattern Sequence (3010,0087), as first defined in Radiation Fraction Pattern Macro Attributes (C.36.2.1.1-1)."""

    dicom_name: ClassVar[str] = "Weekday Fraction Pattern Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.1.1-1"

    FractionPattern: Annotated[
        vr.LT | None, Attribute(0x300A007B, "LT", "1", "3", name="Fraction Pattern")
    ] = None
    """Fraction Pattern (300A,007B): Type 3, VR LT, VM 1. String of 0's (no treatment) and 1's (treatment) describing the fraction pattern for the fractions defined by this set. Length of string is 7 x Number of Fraction Pattern Digits Per Day x Repeat Fraction Cycle Length."""

    IntendedStartDayOfWeek: Annotated[
        vr.LT | None, Attribute(0x30100086, "LT", "1", "3", name="Intended Start Day of Week")
    ] = None
    """Intended Start Day of Week (3010,0086): Type 3, VR LT, VM 1. String of 0's (no treatment) and 1's (treatment) describing the intended start fraction for this set. Length of string is 7 x Number of Fraction Pattern Digits Per Day x Repeat Fraction Cycle Length."""
