"""Enumerated Values and Defined Terms of Frame Laterality.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class FrameLaterality(StrEnum):
    """Enumerated Values of Frame Laterality (0020,9072) in Frame Anatomy Macro Attributes (C.7.6.16-9)."""

    R = "R"
    """right"""
    L = "L"
    """left"""
    U = "U"
    """unpaired"""
    B = "B"
    """both left and right"""
