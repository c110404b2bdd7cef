"""Enumerated Values and Defined Terms of Presented Visual Stimuli Data Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PresentedVisualStimuliDataFlag(StrEnum):
    """Enumerated Values of Presented Visual Stimuli Data Flag (0024,0037) in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    YES = "YES"
    NO = "NO"
