"""Enumerated Values and Defined Terms of Test Point Normals Data Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class TestPointNormalsDataFlag(StrEnum):
    """Enumerated Values of Test Point Normals Data Flag (0024,0057) in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    YES = "YES"
    NO = "NO"
