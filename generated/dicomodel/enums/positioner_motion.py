"""Enumerated Values and Defined Terms of Positioner Motion.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "PositionerMotionTerm",
    "PositionerMotionTermEnhancedMammographyImage",
]


class PositionerMotionTerm(StrEnum):
    """Defined Terms of Positioner Motion (0018,1500) in XA Positioner Module Attributes (C.8-30)."""

    DYNAMIC = "DYNAMIC"
    STATIC = "STATIC"


class PositionerMotionTermEnhancedMammographyImage(StrEnum):
    """Defined Terms of Positioner Motion (0018,1500) in Enhanced Mammography Image Module Attributes (C.8.31-1)."""

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
