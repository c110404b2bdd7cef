"""Enumerated Values and Defined Terms of Applicator Type.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "ApplicatorType",
    "ApplicatorTypeTerm",
    "ApplicatorTypeTermRTIonBeams",
    "ApplicatorTypeValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import ApplicatorType as ApplicatorType
    from dicomodel.enums import ApplicatorTypeTerm as ApplicatorTypeTerm
    from dicomodel.enums import ApplicatorTypeTermRTIonBeams as ApplicatorTypeTermRTIonBeams
    from dicomodel.enums import ApplicatorTypeValue as ApplicatorTypeValue


@cache
def _ApplicatorTypeTerm() -> type[StrEnum]:
    class ApplicatorTypeTerm(StrEnum):
        """Defined Terms of Applicator Type (300A,0109) in RT Image Module Attributes (C.8-38)."""

        ELECTRON_SQUARE = "ELECTRON_SQUARE"
        """square electron applicator"""
        ELECTRON_RECT = "ELECTRON_RECT"
        """rectangular electron applicator"""
        ELECTRON_CIRC = "ELECTRON_CIRC"
        """circular electron applicator"""
        ELECTRON_SHORT = "ELECTRON_SHORT"
        """short electron applicator"""
        ELECTRON_OPEN = "ELECTRON_OPEN"
        """open (dummy) electron applicator"""
        PHOTON_SQUARE = "PHOTON_SQUARE"
        """square photon applicator"""
        PHOTON_RECT = "PHOTON_RECT"
        """rectangular photon applicator"""
        PHOTON_CIRC = "PHOTON_CIRC"
        """circular photon applicator"""
        INTRAOPERATIVE = "INTRAOPERATIVE"
        """intraoperative (custom) applicator"""
        STEREOTACTIC = "STEREOTACTIC"
        """stereotactic applicator (deprecated)"""

    ApplicatorTypeTerm.__qualname__ = "ApplicatorTypeTerm"
    return ApplicatorTypeTerm


@cache
def _ApplicatorTypeTermRTIonBeams() -> type[StrEnum]:
    class ApplicatorTypeTermRTIonBeams(StrEnum):
        """Defined Terms of Applicator Type (300A,0109) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

        ION_SQUARE = "ION_SQUARE"
        """square ion applicator"""
        ION_RECT = "ION_RECT"
        """rectangular ion applicator"""
        ION_CIRC = "ION_CIRC"
        """circular ion applicator"""
        ION_SHORT = "ION_SHORT"
        """short ion applicator"""
        ION_OPEN = "ION_OPEN"
        """open (dummy) ion applicator"""
        INTRAOPERATIVE = "INTRAOPERATIVE"
        """intraoperative (custom) applicator"""
        STEREOTACTIC = "STEREOTACTIC"
        """stereotactic applicator"""

    ApplicatorTypeTermRTIonBeams.__qualname__ = "ApplicatorTypeTermRTIonBeams"
    return ApplicatorTypeTermRTIonBeams


@cache
def _ApplicatorType() -> type[StrEnum]:
    class ApplicatorType(StrEnum):
        """Enumerated Values of Applicator Type (300A,0109) in RT General Machine Verification Module Attributes (C.31-1)."""

        ELECTRON_SQUARE = "ELECTRON_SQUARE"
        """square electron applicator"""
        ELECTRON_RECT = "ELECTRON_RECT"
        """rectangular electron applicator"""
        ELECTRON_CIRC = "ELECTRON_CIRC"
        """circular electron applicator"""
        ELECTRON_SHORT = "ELECTRON_SHORT"
        """short electron applicator"""
        ELECTRON_OPEN = "ELECTRON_OPEN"
        """open (dummy) electron applicator"""
        INTRAOPERATIVE = "INTRAOPERATIVE"
        """intraoperative (custom) applicator"""
        STEREOTACTIC = "STEREOTACTIC"
        """stereotactic applicator"""

    ApplicatorType.__qualname__ = "ApplicatorType"
    return ApplicatorType


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "ApplicatorTypeTerm": _ApplicatorTypeTerm,
    "ApplicatorTypeTermRTIonBeams": _ApplicatorTypeTermRTIonBeams,
    "ApplicatorType": _ApplicatorType,
    "ApplicatorTypeValue": _ApplicatorType,
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
