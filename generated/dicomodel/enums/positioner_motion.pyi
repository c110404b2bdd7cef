"""Enumerated Values and Defined Terms of Positioner Motion.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PositionerMotionTerm as PositionerMotionTerm
from dicomodel.enums import (
    PositionerMotionTermEnhancedMammographyImage as PositionerMotionTermEnhancedMammographyImage,
)

__all__ = ["PositionerMotionTerm", "PositionerMotionTermEnhancedMammographyImage"]
