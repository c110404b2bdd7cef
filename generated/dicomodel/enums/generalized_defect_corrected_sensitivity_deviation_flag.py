"""Enumerated Values and Defined Terms of Generalized Defect Corrected Sensitivity Deviation Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class GeneralizedDefectCorrectedSensitivityDeviationFlag(StrEnum):
    """Enumerated Values of Generalized Defect Corrected Sensitivity Deviation Flag (0024,0102) in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    YES = "YES"
    NO = "NO"
