"""Enumerated Values and Defined Terms of Radiation Type.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "RadiationType",
    "RadiationTypeTerm",
    "RadiationTypeTermRTIonBeams",
    "RadiationTypeValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import RadiationType as RadiationType
    from dicomodel.enums import RadiationTypeTerm as RadiationTypeTerm
    from dicomodel.enums import RadiationTypeTermRTIonBeams as RadiationTypeTermRTIonBeams
    from dicomodel.enums import RadiationTypeValue as RadiationTypeValue


@cache
def _RadiationTypeTerm() -> type[StrEnum]:
    class RadiationTypeTerm(StrEnum):
        """Defined Terms of Radiation Type (300A,00C6) in RT Beams Module Attributes (C.8-50)."""

        PHOTON = "PHOTON"
        ELECTRON = "ELECTRON"
        NEUTRON = "NEUTRON"
        PROTON = "PROTON"

    RadiationTypeTerm.__qualname__ = "RadiationTypeTerm"
    return RadiationTypeTerm


@cache
def _RadiationTypeTermRTIonBeams() -> type[StrEnum]:
    class RadiationTypeTermRTIonBeams(StrEnum):
        """Defined Terms of Radiation Type (300A,00C6) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

        PHOTON = "PHOTON"
        PROTON = "PROTON"
        ION = "ION"

    RadiationTypeTermRTIonBeams.__qualname__ = "RadiationTypeTermRTIonBeams"
    return RadiationTypeTermRTIonBeams


@cache
def _RadiationType() -> type[StrEnum]:
    class RadiationType(StrEnum):
        """Enumerated Values of Radiation Type (300A,00C6) in RT General Machine Verification Module Attributes (C.31-1)."""

        PHOTON = "PHOTON"
        ELECTRON = "ELECTRON"
        NEUTRON = "NEUTRON"
        PROTON = "PROTON"
        ION = "ION"

    RadiationType.__qualname__ = "RadiationType"
    return RadiationType


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "RadiationTypeTerm": _RadiationTypeTerm,
    "RadiationTypeTermRTIonBeams": _RadiationTypeTermRTIonBeams,
    "RadiationType": _RadiationType,
    "RadiationTypeValue": _RadiationType,
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
