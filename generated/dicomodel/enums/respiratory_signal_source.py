"""Enumerated Values and Defined Terms of Respiratory Signal Source.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "RespiratorySignalSourceTerm",
    "RespiratorySignalSourceTermPerformedCTAcquisition",
    "RespiratorySignalSourceTermRTPatientSetup",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import RespiratorySignalSourceTerm as RespiratorySignalSourceTerm
    from dicomodel.enums import (
        RespiratorySignalSourceTermPerformedCTAcquisition as RespiratorySignalSourceTermPerformedCTAcquisition,
    )
    from dicomodel.enums import (
        RespiratorySignalSourceTermRTPatientSetup as RespiratorySignalSourceTermRTPatientSetup,
    )


@cache
def _RespiratorySignalSourceTerm() -> type[StrEnum]:
    class RespiratorySignalSourceTerm(StrEnum):
        """Defined Terms of Respiratory Signal Source (0018,9171) in Respiratory Synchronization Module Attributes (C.7.6.18-2)."""

        NONE = "NONE"
        BELT = "BELT"
        """includes various devices that detect or track expansion of the chest"""
        NASAL_PROBE = "NASAL_PROBE"
        CO2_SENSOR = "CO2_SENSOR"
        NAVIGATOR = "NAVIGATOR"
        """MR navigator and organ edge detection"""
        MR_PHASE = "MR_PHASE"
        """phase (of center k-space line)"""
        ECG = "ECG"
        """baseline demodulation of the ECG"""

    RespiratorySignalSourceTerm.__qualname__ = "RespiratorySignalSourceTerm"
    return RespiratorySignalSourceTerm


@cache
def _RespiratorySignalSourceTermRTPatientSetup() -> type[StrEnum]:
    class RespiratorySignalSourceTermRTPatientSetup(StrEnum):
        """Defined Terms of Respiratory Signal Source (0018,9171) in RT Patient Setup Module Attributes (C.8-48)."""

        NONE = "NONE"
        BELT = "BELT"
        NASAL_PROBE = "NASAL_PROBE"
        CO2_SENSOR = "CO2_SENSOR"
        NAVIGATOR = "NAVIGATOR"
        """MR navigator and organ edge detection"""
        MR_PHASE = "MR_PHASE"
        """phase (of center k-space line)"""
        ECG = "ECG"
        """baseline demodulation of the ECG"""
        SPIROMETER = "SPIROMETER"
        """Signal derived from flow sensor"""
        EXTERNAL_MARKER = "EXTERNAL_MARKER"
        """Signal determined from external motion surrogate"""
        INTERNAL_MARKER = "INTERNAL_MARKER"
        """Signal determined from internal motion surrogate"""
        IMAGE = "IMAGE"
        """Signal derived from an image"""
        UNKNOWN = "UNKNOWN"
        """Signal source not known"""

    RespiratorySignalSourceTermRTPatientSetup.__qualname__ = (
        "RespiratorySignalSourceTermRTPatientSetup"
    )
    return RespiratorySignalSourceTermRTPatientSetup


@cache
def _RespiratorySignalSourceTermPerformedCTAcquisition() -> type[StrEnum]:
    class RespiratorySignalSourceTermPerformedCTAcquisition(StrEnum):
        """Defined Terms of Respiratory Signal Source (0018,9171) in Performed CT Acquisition Module Attributes (C.34.10-1)."""

        NONE = "NONE"
        BELT = "BELT"
        NASAL_PROBE = "NASAL_PROBE"
        CO2_SENSOR = "CO2_SENSOR"
        ECG = "ECG"

    RespiratorySignalSourceTermPerformedCTAcquisition.__qualname__ = (
        "RespiratorySignalSourceTermPerformedCTAcquisition"
    )
    return RespiratorySignalSourceTermPerformedCTAcquisition


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "RespiratorySignalSourceTerm": _RespiratorySignalSourceTerm,
    "RespiratorySignalSourceTermRTPatientSetup": _RespiratorySignalSourceTermRTPatientSetup,
    "RespiratorySignalSourceTermPerformedCTAcquisition": _RespiratorySignalSourceTermPerformedCTAcquisition,
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
