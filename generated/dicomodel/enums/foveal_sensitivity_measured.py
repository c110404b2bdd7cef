"""Enumerated Values and Defined Terms of Foveal Sensitivity Measured.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class FovealSensitivityMeasured(StrEnum):
    """Enumerated Values of Foveal Sensitivity Measured (0024,0086) in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    YES = "YES"
    NO = "NO"
