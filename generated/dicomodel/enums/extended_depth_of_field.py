"""Enumerated Values and Defined Terms of Extended Depth of Field.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ExtendedDepthOfField(StrEnum):
    """Enumerated Values of Extended Depth of Field (0048,0012) in Whole Slide Microscopy Image Module Attributes (C.8.12.4-1)."""

    YES = "YES"
    NO = "NO"
