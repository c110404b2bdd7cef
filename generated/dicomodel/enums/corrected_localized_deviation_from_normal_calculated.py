"""Enumerated Values and Defined Terms of Corrected Localized Deviation From Normal Calculated.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class CorrectedLocalizedDeviationFromNormalCalculated(StrEnum):
    """Enumerated Values of Corrected Localized Deviation From Normal Calculated (0024,0078) in Visual Field Static Perimetry Test Results Module Attributes (C.8.26.5-1)."""

    YES = "YES"
    NO = "NO"
