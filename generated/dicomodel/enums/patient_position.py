"""Enumerated Values and Defined Terms of Patient Position.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "PatientPositionTerm",
    "PatientPositionTermRTImage",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import PatientPositionTerm as PatientPositionTerm
    from dicomodel.enums import PatientPositionTermRTImage as PatientPositionTermRTImage


@cache
def _PatientPositionTerm() -> type[StrEnum]:
    class PatientPositionTerm(StrEnum):
        """Defined Terms of Patient Position (0018,5100) in Patient Group Macro Attributes (C.7.1.4-1)."""

        HFP = "HFP"
        """Head First-Prone"""
        HFS = "HFS"
        """Head First-Supine"""
        HFDR = "HFDR"
        """Head First-Decubitus Right"""
        HFDL = "HFDL"
        """Head First-Decubitus Left"""
        FFDR = "FFDR"
        """Feet First-Decubitus Right"""
        FFDL = "FFDL"
        """Feet First-Decubitus Left"""
        FFP = "FFP"
        """Feet First-Prone"""
        FFS = "FFS"
        """Feet First-Supine"""
        LFP = "LFP"
        """Left First-Prone"""
        LFS = "LFS"
        """Left First-Supine"""
        RFP = "RFP"
        """Right First-Prone"""
        RFS = "RFS"
        """Right First-Supine"""
        AFDR = "AFDR"
        """Anterior First-Decubitus Right"""
        AFDL = "AFDL"
        """Anterior First-Decubitus Left"""
        PFDR = "PFDR"
        """Posterior First-Decubitus Right"""
        PFDL = "PFDL"
        """Posterior First-Decubitus Left"""

    PatientPositionTerm.__qualname__ = "PatientPositionTerm"
    return PatientPositionTerm


@cache
def _PatientPositionTermRTImage() -> type[StrEnum]:
    class PatientPositionTermRTImage(StrEnum):
        """Defined Terms of Patient Position (0018,5100) in RT Image Module Attributes (C.8-38)."""

        HFP = "HFP"
        """Head First-Prone"""
        HFS = "HFS"
        """Head First-Supine"""
        HFDR = "HFDR"
        """Head First-Decubitus Right"""
        HFDL = "HFDL"
        """Head First-Decubitus Left"""
        FFDR = "FFDR"
        """Feet First-Decubitus Right"""
        FFDL = "FFDL"
        """Feet First-Decubitus Left"""
        FFP = "FFP"
        """Feet First-Prone"""
        FFS = "FFS"
        """Feet First-Supine"""
        LFP = "LFP"
        """Left First-Prone"""
        LFS = "LFS"
        """Left First-Supine"""
        RFP = "RFP"
        """Right First-Prone"""
        RFS = "RFS"
        """Right First-Supine"""
        AFDR = "AFDR"
        """Anterior First-Decubitus Right"""
        AFDL = "AFDL"
        """Anterior First-Decubitus Left"""
        PFDR = "PFDR"
        """Posterior First-Decubitus Right"""
        PFDL = "PFDL"
        """Posterior First-Decubitus Left"""
        SITTING = "SITTING"
        """In the sitting position, the patient's face is towards the front of the chair"""

    PatientPositionTermRTImage.__qualname__ = "PatientPositionTermRTImage"
    return PatientPositionTermRTImage


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "PatientPositionTerm": _PatientPositionTerm,
    "PatientPositionTermRTImage": _PatientPositionTermRTImage,
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
