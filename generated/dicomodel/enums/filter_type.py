"""Enumerated Values and Defined Terms of Filter Type.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "FilterTypeTerm",
    "FilterTypeTermCTXRayDetails",
    "FilterTypeTermPerformedCTAcquisition",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import FilterTypeTerm as FilterTypeTerm
    from dicomodel.enums import FilterTypeTermCTXRayDetails as FilterTypeTermCTXRayDetails
    from dicomodel.enums import (
        FilterTypeTermPerformedCTAcquisition as FilterTypeTermPerformedCTAcquisition,
    )


@cache
def _FilterTypeTerm() -> type[StrEnum]:
    class FilterTypeTerm(StrEnum):
        """Defined Terms of Filter Type (0018,1160) in X-Ray Filtration Macro Attributes (C.8-35a)."""

        STRIP = "STRIP"
        WEDGE = "WEDGE"
        BUTTERFLY = "BUTTERFLY"
        MULTIPLE = "MULTIPLE"
        FLAT = "FLAT"
        NONE = "NONE"

    FilterTypeTerm.__qualname__ = "FilterTypeTerm"
    return FilterTypeTerm


@cache
def _FilterTypeTermCTXRayDetails() -> type[StrEnum]:
    class FilterTypeTermCTXRayDetails(StrEnum):
        """Defined Terms of Filter Type (0018,1160) in CT X-Ray Details Macro Attributes (C.8-125)."""

        WEDGE = "WEDGE"
        BUTTERFLY = "BUTTERFLY"
        MULTIPLE = "MULTIPLE"
        FLAT = "FLAT"
        SHAPED = "SHAPED"
        NONE = "NONE"

    FilterTypeTermCTXRayDetails.__qualname__ = "FilterTypeTermCTXRayDetails"
    return FilterTypeTermCTXRayDetails


@cache
def _FilterTypeTermPerformedCTAcquisition() -> type[StrEnum]:
    class FilterTypeTermPerformedCTAcquisition(StrEnum):
        """Defined Terms of Filter Type (0018,1160) in Performed CT Acquisition Module Attributes (C.34.10-1)."""

        NONE = "NONE"
        WEDGE = "WEDGE"
        BUTTERFLY = "BUTTERFLY"
        STRIP = "STRIP"
        MULTIPLE = "MULTIPLE"
        BOWTIE = "BOWTIE"

    FilterTypeTermPerformedCTAcquisition.__qualname__ = "FilterTypeTermPerformedCTAcquisition"
    return FilterTypeTermPerformedCTAcquisition


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "FilterTypeTerm": _FilterTypeTerm,
    "FilterTypeTermCTXRayDetails": _FilterTypeTermCTXRayDetails,
    "FilterTypeTermPerformedCTAcquisition": _FilterTypeTermPerformedCTAcquisition,
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
