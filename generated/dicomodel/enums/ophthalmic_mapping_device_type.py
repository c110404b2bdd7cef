"""Enumerated Values and Defined Terms of Ophthalmic Mapping Device Type.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "OphthalmicMappingDeviceTypeTerm",
    "OphthalmicMappingDeviceTypeTermCornealTopographyMapAnalysis",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import OphthalmicMappingDeviceTypeTerm as OphthalmicMappingDeviceTypeTerm
    from dicomodel.enums import (
        OphthalmicMappingDeviceTypeTermCornealTopographyMapAnalysis as OphthalmicMappingDeviceTypeTermCornealTopographyMapAnalysis,
    )


@cache
def _OphthalmicMappingDeviceTypeTerm() -> type[StrEnum]:
    class OphthalmicMappingDeviceTypeTerm(StrEnum):
        """Defined Terms of Ophthalmic Mapping Device Type (0022,1415) in Ophthalmic Thickness Map Module Attributes (C.8.28.2-1)."""

        OCT = "OCT"
        """Optical coherence tomography"""
        POLARIMETRY = "POLARIMETRY"
        """Scanning laser polarimetry"""
        SLO_TOMO = "SLO_TOMO"
        """Scanning Laser Ophthalmoscopy Tomography"""

    OphthalmicMappingDeviceTypeTerm.__qualname__ = "OphthalmicMappingDeviceTypeTerm"
    return OphthalmicMappingDeviceTypeTerm


@cache
def _OphthalmicMappingDeviceTypeTermCornealTopographyMapAnalysis() -> type[StrEnum]:
    class OphthalmicMappingDeviceTypeTermCornealTopographyMapAnalysis(StrEnum):
        """Defined Terms of Ophthalmic Mapping Device Type (0022,1415) in Corneal Topography Map Analysis Module Attributes (C.8.30.3-1)."""

        REFLECTION = "REFLECTION"
        """Reflection topography (i.e., placido, grid, etc.)"""
        SLIT_BASED = "SLIT_BASED"
        """Slit based elevation tomography"""
        INTERFEROMETRY = "INTERFEROMETRY"
        """E.g., Optical coherence tomography"""

    OphthalmicMappingDeviceTypeTermCornealTopographyMapAnalysis.__qualname__ = (
        "OphthalmicMappingDeviceTypeTermCornealTopographyMapAnalysis"
    )
    return OphthalmicMappingDeviceTypeTermCornealTopographyMapAnalysis


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "OphthalmicMappingDeviceTypeTerm": _OphthalmicMappingDeviceTypeTerm,
    "OphthalmicMappingDeviceTypeTermCornealTopographyMapAnalysis": _OphthalmicMappingDeviceTypeTermCornealTopographyMapAnalysis,
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
