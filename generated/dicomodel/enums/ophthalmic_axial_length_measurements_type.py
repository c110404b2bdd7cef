"""Enumerated Values and Defined Terms of Ophthalmic Axial Length Measurements Type.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "OphthalmicAxialLengthMeasurementsType",
    "OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelected",
    "OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelectedValue",
    "OphthalmicAxialLengthMeasurementsTypeValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import (
        OphthalmicAxialLengthMeasurementsType as OphthalmicAxialLengthMeasurementsType,
    )
    from dicomodel.enums import (
        OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelected as OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelected,
    )
    from dicomodel.enums import (
        OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelectedValue as OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelectedValue,
    )
    from dicomodel.enums import (
        OphthalmicAxialLengthMeasurementsTypeValue as OphthalmicAxialLengthMeasurementsTypeValue,
    )


@cache
def _OphthalmicAxialLengthMeasurementsType() -> type[StrEnum]:
    class OphthalmicAxialLengthMeasurementsType(StrEnum):
        """Enumerated Values of Ophthalmic Axial Length Measurements Type (0022,1010) in Ophthalmic Axial Measurements Macro Attributes (C.8.25.14-2)."""

        TOTAL_LENGTH = "TOTAL LENGTH"
        """the total axial length was taken with one measurement"""
        LENGTH_SUMMATION = "LENGTH SUMMATION"
        """the total axial length is a summation of segmental lengths"""
        SEGMENTAL_LENGTH = "SEGMENTAL LENGTH"
        """the length of a segment of the axis"""

    OphthalmicAxialLengthMeasurementsType.__qualname__ = "OphthalmicAxialLengthMeasurementsType"
    return OphthalmicAxialLengthMeasurementsType


@cache
def _OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelected() -> type[StrEnum]:
    class OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelected(StrEnum):
        """Enumerated Values of Ophthalmic Axial Length Measurements Type (0022,1010) in Ophthalmic Axial Measurements Selected Macro Attributes (C.8.25.14-5)."""

        TOTAL_LENGTH = "TOTAL LENGTH"
        """the total axial length was taken with one measurement"""
        LENGTH_SUMMATION = "LENGTH SUMMATION"
        """the total axial length is a summation of segmental lengths"""

    OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelected.__qualname__ = (
        "OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelected"
    )
    return OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelected


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "OphthalmicAxialLengthMeasurementsType": _OphthalmicAxialLengthMeasurementsType,
    "OphthalmicAxialLengthMeasurementsTypeValue": _OphthalmicAxialLengthMeasurementsType,
    "OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelected": _OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelected,
    "OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelectedValue": _OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelected,
}


def __getattr__(name: str) -> Any:
    """An enum of this file, made on first use (issue 16)."""
    make = _MAKERS.get(name)
    if make is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = make()
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
