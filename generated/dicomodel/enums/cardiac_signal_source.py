"""Enumerated Values and Defined Terms of Cardiac Signal Source.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "CardiacSignalSourceTerm",
    "CardiacSignalSourceTermPerformedCTAcquisition",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import CardiacSignalSourceTerm as CardiacSignalSourceTerm
    from dicomodel.enums import (
        CardiacSignalSourceTermPerformedCTAcquisition as CardiacSignalSourceTermPerformedCTAcquisition,
    )


@cache
def _CardiacSignalSourceTerm() -> type[StrEnum]:
    class CardiacSignalSourceTerm(StrEnum):
        """Defined Terms of Cardiac Signal Source (0018,9085) in Cardiac Synchronization Module Attributes (C.7.6.18-1)."""

        ECG = "ECG"
        """electrocardiogram"""
        VCG = "VCG"
        """vector cardiogram"""
        PP = "PP"
        """peripheral pulse"""
        MR = "MR"
        """magnetic resonance, i.e., M-mode or cardiac navigator"""

    CardiacSignalSourceTerm.__qualname__ = "CardiacSignalSourceTerm"
    return CardiacSignalSourceTerm


@cache
def _CardiacSignalSourceTermPerformedCTAcquisition() -> type[StrEnum]:
    class CardiacSignalSourceTermPerformedCTAcquisition(StrEnum):
        """Defined Terms of Cardiac Signal Source (0018,9085) in Performed CT Acquisition Module Attributes (C.34.10-1)."""

        ECG = "ECG"
        """Electrocardiogram."""
        VCG = "VCG"
        """Vector cardiogram."""
        PP = "PP"
        """Peripheral pulse."""

    CardiacSignalSourceTermPerformedCTAcquisition.__qualname__ = (
        "CardiacSignalSourceTermPerformedCTAcquisition"
    )
    return CardiacSignalSourceTermPerformedCTAcquisition


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "CardiacSignalSourceTerm": _CardiacSignalSourceTerm,
    "CardiacSignalSourceTermPerformedCTAcquisition": _CardiacSignalSourceTermPerformedCTAcquisition,
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
