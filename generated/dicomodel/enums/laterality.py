"""Enumerated Values and Defined Terms of Laterality.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class Laterality(StrEnum):
    """Enumerated Values of Laterality (0020,0060) in General Series Module Attributes (C.7-5a)."""

    R = "R"
    """right"""
    L = "L"
    """left"""


class LateralityHangingProtocolDefinition(StrEnum):
    """Enumerated Values of Laterality (0020,0060) in Hanging Protocol Definition Module Attributes (C.23.1-1)."""

    R = "R"
    """Right"""
    L = "L"
    """Left"""
    B = "B"
    """Both"""
    U = "U"
    """Unpaired"""
