"""Enumerated Values and Defined Terms of Exposure Control Mode.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ExposureControlModeTerm",
    "ExposureControlModeTermEnhancedMammographyImage",
]


class ExposureControlModeTerm(StrEnum):
    """Defined Terms of Exposure Control Mode (0018,7060) in X-Ray Generation Module Attributes (C.8-34)."""

    MANUAL = "MANUAL"
    AUTOMATIC = "AUTOMATIC"


class ExposureControlModeTermEnhancedMammographyImage(StrEnum):
    """Defined Terms of Exposure Control Mode (0018,7060) in Enhanced Mammography Image Module Attributes (C.8.31-1)."""

    AUTOMATIC = "AUTOMATIC"
    MANUAL = "MANUAL"
