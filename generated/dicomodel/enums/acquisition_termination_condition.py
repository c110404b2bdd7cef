"""Enumerated Values and Defined Terms of Acquisition Termination Condition.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "AcquisitionTerminationConditionTerm",
    "AcquisitionTerminationConditionTermEnhancedPETAcquisition",
    "AcquisitionTerminationConditionTermPETSeries",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import (
        AcquisitionTerminationConditionTerm as AcquisitionTerminationConditionTerm,
    )
    from dicomodel.enums import (
        AcquisitionTerminationConditionTermEnhancedPETAcquisition as AcquisitionTerminationConditionTermEnhancedPETAcquisition,
    )
    from dicomodel.enums import (
        AcquisitionTerminationConditionTermPETSeries as AcquisitionTerminationConditionTermPETSeries,
    )


@cache
def _AcquisitionTerminationConditionTerm() -> type[StrEnum]:
    class AcquisitionTerminationConditionTerm(StrEnum):
        """Defined Terms of Acquisition Termination Condition (0018,0071) in NM Image Module Attributes (C.8-9)."""

        CNTS = "CNTS"
        """counts"""
        DENS = "DENS"
        """density"""
        MANU = "MANU"
        """manual"""
        OVFL = "OVFL"
        """data overflow"""
        TIME = "TIME"
        """time"""
        TRIG = "TRIG"
        """physiological trigger"""

    AcquisitionTerminationConditionTerm.__qualname__ = "AcquisitionTerminationConditionTerm"
    return AcquisitionTerminationConditionTerm


@cache
def _AcquisitionTerminationConditionTermPETSeries() -> type[StrEnum]:
    class AcquisitionTerminationConditionTermPETSeries(StrEnum):
        """Defined Terms of Acquisition Termination Condition (0018,0071) in PET Series Module Attributes (C.8-60)."""

        CNTS = "CNTS"
        """counts"""
        DENS = "DENS"
        """density (counts/sec)"""
        RDD = "RDD"
        """relative density difference (change in counts/sec)"""
        MANU = "MANU"
        """manual"""
        OVFL = "OVFL"
        """data overflow"""
        TIME = "TIME"
        """time"""
        TRIG = "TRIG"
        """physiological trigger"""

    AcquisitionTerminationConditionTermPETSeries.__qualname__ = (
        "AcquisitionTerminationConditionTermPETSeries"
    )
    return AcquisitionTerminationConditionTermPETSeries


@cache
def _AcquisitionTerminationConditionTermEnhancedPETAcquisition() -> type[StrEnum]:
    class AcquisitionTerminationConditionTermEnhancedPETAcquisition(StrEnum):
        """Defined Terms of Acquisition Termination Condition (0018,0071) in Enhanced PET Acquisition Module Attributes (C.8.22-2)."""

        CNTS = "CNTS"
        """preset counts was reached"""
        DENS = "DENS"
        """preset count density (counts/sec) was reached"""
        RDD = "RDD"
        """preset relative count density difference (change in counts/sec) was reached"""
        MANU = "MANU"
        """acquisition was terminated manually"""
        OVFL = "OVFL"
        """data overflow occurred"""
        TIME = "TIME"
        """preset time limit was reached"""
        CARD_TRIG = "CARD_TRIG"
        """preset number of cardiac triggers was reached"""
        RESP_TRIG = "RESP_TRIG"
        """preset number of respiratory triggers was reached"""

    AcquisitionTerminationConditionTermEnhancedPETAcquisition.__qualname__ = (
        "AcquisitionTerminationConditionTermEnhancedPETAcquisition"
    )
    return AcquisitionTerminationConditionTermEnhancedPETAcquisition


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "AcquisitionTerminationConditionTerm": _AcquisitionTerminationConditionTerm,
    "AcquisitionTerminationConditionTermPETSeries": _AcquisitionTerminationConditionTermPETSeries,
    "AcquisitionTerminationConditionTermEnhancedPETAcquisition": _AcquisitionTerminationConditionTermEnhancedPETAcquisition,
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
