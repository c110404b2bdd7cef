"""Radiation Fraction Pattern Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.fraction_pattern_sequence_item import (
        FractionPatternSequenceItem as _FractionPatternSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _FractionPatternSequenceItem = Lazy(
        "dicomodel.items.fraction_pattern_sequence_item", "FractionPatternSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.fraction_pattern_sequence_item import (
        FractionPatternSequenceItem as FractionPatternSequenceItem,
    )
    from dicomodel.items.weekday_fraction_pattern_sequence_item import (
        WeekdayFractionPatternSequenceItem as WeekdayFractionPatternSequenceItem,
    )

__all__ = [
    "FractionPatternSequenceItem",
    "RadiationFractionPatternMacro",
    "WeekdayFractionPatternSequenceItem",
]


class RadiationFractionPatternMacro(DicomModel):
    """Radiation Fraction Pattern Macro Attributes (PS3.3 Table C.36.2.1.1-1)."""

    dicom_name: ClassVar[str] = "Radiation Fraction Pattern"
    dicom_table: ClassVar[str] = "table_C.36.2.1.1-1"

    FractionPatternSequence: Annotated[
        list[_FractionPatternSequenceItem] | None,
        Attribute(
            0x30100079,
            "SQ",
            "1",
            "1C",
            name="Fraction Pattern Sequence",
            when=("unknown", "names no attribute: a fraction pattern has been defined"),
        ),
    ] = None
    """Fraction Pattern Sequence (3010,0079): Type 1C, VR SQ, VM 1. Required if a fraction pattern has been defined. The pattern of delivery of fractions within and across days of the week in a machine-readable form. Required if a fraction pattern has been defined. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FractionPatternSequenceItem": (
        "dicomodel.items.fraction_pattern_sequence_item",
        "FractionPatternSequenceItem",
    ),
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
