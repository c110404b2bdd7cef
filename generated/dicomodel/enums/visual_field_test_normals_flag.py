"""Enumerated Values and Defined Terms of Visual Field Test Normals Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class VisualFieldTestNormalsFlag(StrEnum):
    """Enumerated Values of Visual Field Test Normals Flag (0024,0063) in Visual Field Static Perimetry Test Results Module Attributes (C.8.26.5-1)."""

    YES = "YES"
    NO = "NO"
