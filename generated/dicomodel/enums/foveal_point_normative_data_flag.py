"""Enumerated Values and Defined Terms of Foveal Point Normative Data Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class FovealPointNormativeDataFlag(StrEnum):
    """Enumerated Values of Foveal Point Normative Data Flag (0024,0117) in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    YES = "YES"
    NO = "NO"
