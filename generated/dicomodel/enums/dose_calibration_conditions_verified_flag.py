"""Enumerated Values and Defined Terms of Dose Calibration Conditions Verified Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class DoseCalibrationConditionsVerifiedFlag(StrEnum):
    """Enumerated Values of Dose Calibration Conditions Verified Flag (300C,0123) in RT Fraction Scheme Module Attributes (C.8-49)."""

    YES = "YES"
    NO = "NO"
