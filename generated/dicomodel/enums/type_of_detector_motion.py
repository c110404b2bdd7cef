"""Enumerated Values and Defined Terms of Type of Detector Motion.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "TypeOfDetectorMotion",
    "TypeOfDetectorMotionTerm",
    "TypeOfDetectorMotionTermEnhancedMammographyImage",
    "TypeOfDetectorMotionTermEnhancedPETAcquisition",
    "TypeOfDetectorMotionValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import TypeOfDetectorMotion as TypeOfDetectorMotion
    from dicomodel.enums import TypeOfDetectorMotionTerm as TypeOfDetectorMotionTerm
    from dicomodel.enums import (
        TypeOfDetectorMotionTermEnhancedMammographyImage as TypeOfDetectorMotionTermEnhancedMammographyImage,
    )
    from dicomodel.enums import (
        TypeOfDetectorMotionTermEnhancedPETAcquisition as TypeOfDetectorMotionTermEnhancedPETAcquisition,
    )
    from dicomodel.enums import TypeOfDetectorMotionValue as TypeOfDetectorMotionValue


@cache
def _TypeOfDetectorMotion() -> type[StrEnum]:
    class TypeOfDetectorMotion(StrEnum):
        """Enumerated Values of Type of Detector Motion (0054,0202) in NM Tomo Acquisition Module Attributes (C.8-12)."""

        STEP_AND_SHOOT = "STEP AND SHOOT"
        """Interrupted motion, acquire only while stationary"""
        CONTINUOUS = "CONTINUOUS"
        """Gantry motion and acquisition are simultaneous and continuous"""
        ACQ_DURING_STEP = "ACQ DURING STEP"
        """Interrupted motion, acquisition is continuous"""

    TypeOfDetectorMotion.__qualname__ = "TypeOfDetectorMotion"
    return TypeOfDetectorMotion


@cache
def _TypeOfDetectorMotionTerm() -> type[StrEnum]:
    class TypeOfDetectorMotionTerm(StrEnum):
        """Defined Terms of Type of Detector Motion (0054,0202) in PET Series Module Attributes (C.8-60)."""

        NONE = "NONE"
        """stationary gantry"""
        STEP_AND_SHOOT = "STEP AND SHOOT"
        """Interrupted motion, acquire only while stationary"""
        CONTINUOUS = "CONTINUOUS"
        """Gantry motion and acquisition are simultaneous and continuous"""
        WOBBLE = "WOBBLE"
        """wobble motion"""
        CLAMSHELL = "CLAMSHELL"
        """clamshell motion"""

    TypeOfDetectorMotionTerm.__qualname__ = "TypeOfDetectorMotionTerm"
    return TypeOfDetectorMotionTerm


@cache
def _TypeOfDetectorMotionTermEnhancedPETAcquisition() -> type[StrEnum]:
    class TypeOfDetectorMotionTermEnhancedPETAcquisition(StrEnum):
        """Defined Terms of Type of Detector Motion (0054,0202) in Enhanced PET Acquisition Module Attributes (C.8.22-2)."""

        STATIONARY = "STATIONARY"
        """No motion"""
        STEP_AND_SHOOT = "STEP AND SHOOT"
        """Interrupted motion, acquire only while detectors are stationary"""
        CONTINUOUS = "CONTINUOUS"
        """Gantry motion and acquisition are simultaneous and continuous"""
        WOBBLE = "WOBBLE"
        """wobble motion"""
        CLAMSHELL = "CLAMSHELL"
        """clamshell motion"""

    TypeOfDetectorMotionTermEnhancedPETAcquisition.__qualname__ = (
        "TypeOfDetectorMotionTermEnhancedPETAcquisition"
    )
    return TypeOfDetectorMotionTermEnhancedPETAcquisition


@cache
def _TypeOfDetectorMotionTermEnhancedMammographyImage() -> type[StrEnum]:
    class TypeOfDetectorMotionTermEnhancedMammographyImage(StrEnum):
        """Defined Terms of Type of Detector Motion (0054,0202) in Enhanced Mammography Image Module Attributes (C.8.31-1)."""

        STATIONARY = "STATIONARY"
        """No motion."""
        ROTATION_STEP = "ROTATION_STEP"
        """Circular arc motion, stepped, acquire only while stationary."""
        ROTATION_CONT = "ROTATION_CONT"
        """Circular arc motion, continuous during acquisition."""
        TRANSLATION_STEP = "TRANSLATION_STEP"
        """Linear motion, stepped, acquire only while stationary."""
        TRANSLATION_CONT = "TRANSLATION_CONT"
        """Linear motion, continuous during acquisition."""
        COMPLEX_STEP = "COMPLEX_STEP"
        """Complex motion, stepped, acquire only while stationary."""
        COMPLEX_CONT = "COMPLEX_CONT"
        """Complex motion, continuous during acquisition."""

    TypeOfDetectorMotionTermEnhancedMammographyImage.__qualname__ = (
        "TypeOfDetectorMotionTermEnhancedMammographyImage"
    )
    return TypeOfDetectorMotionTermEnhancedMammographyImage


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "TypeOfDetectorMotion": _TypeOfDetectorMotion,
    "TypeOfDetectorMotionValue": _TypeOfDetectorMotion,
    "TypeOfDetectorMotionTerm": _TypeOfDetectorMotionTerm,
    "TypeOfDetectorMotionTermEnhancedPETAcquisition": _TypeOfDetectorMotionTermEnhancedPETAcquisition,
    "TypeOfDetectorMotionTermEnhancedMammographyImage": _TypeOfDetectorMotionTermEnhancedMammographyImage,
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
