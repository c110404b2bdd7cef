"""Enumerated Values and Defined Terms of Acquisition Start Condition.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "AcquisitionStartConditionTerm",
    "AcquisitionStartConditionTermEnhancedPETAcquisition",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import AcquisitionStartConditionTerm as AcquisitionStartConditionTerm
    from dicomodel.enums import (
        AcquisitionStartConditionTermEnhancedPETAcquisition as AcquisitionStartConditionTermEnhancedPETAcquisition,
    )


@cache
def _AcquisitionStartConditionTerm() -> type[StrEnum]:
    class AcquisitionStartConditionTerm(StrEnum):
        """Defined Terms of Acquisition Start Condition (0018,0073) in PET Series Module Attributes (C.8-60)."""

        DENS = "DENS"
        """density (counts/sec)"""
        RDD = "RDD"
        """relative density difference (change in counts/sec)"""
        MANU = "MANU"
        """manual"""
        TIME = "TIME"
        """time"""
        AUTO = "AUTO"
        """automatic, when ready"""
        TRIG = "TRIG"
        """physiological trigger"""

    AcquisitionStartConditionTerm.__qualname__ = "AcquisitionStartConditionTerm"
    return AcquisitionStartConditionTerm


@cache
def _AcquisitionStartConditionTermEnhancedPETAcquisition() -> type[StrEnum]:
    class AcquisitionStartConditionTermEnhancedPETAcquisition(StrEnum):
        """Defined Terms of Acquisition Start Condition (0018,0073) in Enhanced PET Acquisition Module Attributes (C.8.22-2)."""

        DENS = "DENS"
        """preset count density (counts/sec) was reached"""
        RDD = "RDD"
        """preset relative count density difference (change in counts/sec) was reached"""
        MANU = "MANU"
        """acquisition was started manually"""
        AUTO = "AUTO"
        """start automatically, when ready"""
        CARD_TRIG = "CARD_TRIG"
        """preset number of cardiac triggers was reached"""
        RESP_TRIG = "RESP_TRIG"
        """preset number of respiratory triggers was reached"""

    AcquisitionStartConditionTermEnhancedPETAcquisition.__qualname__ = (
        "AcquisitionStartConditionTermEnhancedPETAcquisition"
    )
    return AcquisitionStartConditionTermEnhancedPETAcquisition


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "AcquisitionStartConditionTerm": _AcquisitionStartConditionTerm,
    "AcquisitionStartConditionTermEnhancedPETAcquisition": _AcquisitionStartConditionTermEnhancedPETAcquisition,
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
