"""Enumerated Values and Defined Terms of Type of Detector Motion.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "TypeOfDetectorMotion",
    "TypeOfDetectorMotionTerm",
    "TypeOfDetectorMotionTermEnhancedMammographyImage",
    "TypeOfDetectorMotionTermEnhancedPETAcquisition",
    "TypeOfDetectorMotionValue",
]


class TypeOfDetectorMotion(StrEnum):
    """Enumerated Values of Type of Detector Motion (0054,0202) in NM Tomo Acquisition Module Attributes (C.8-12)."""

    STEP_AND_SHOOT = "STEP AND SHOOT"
    """Interrupted motion, acquire only while stationary"""
    CONTINUOUS = "CONTINUOUS"
    """Gantry motion and acquisition are simultaneous and continuous"""
    ACQ_DURING_STEP = "ACQ DURING STEP"
    """Interrupted motion, acquisition is continuous"""


if TYPE_CHECKING:
    TypeOfDetectorMotionValue: TypeAlias = (
        TypeOfDetectorMotion | Literal["STEP AND SHOOT", "CONTINUOUS", "ACQ DURING STEP"]
    )
else:
    TypeOfDetectorMotionValue = TypeOfDetectorMotion
"""A value of TypeOfDetectorMotion: the enum or the string of one of its members."""


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
