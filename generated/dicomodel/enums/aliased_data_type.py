"""Enumerated Values and Defined Terms of Aliased Data Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class AliasedDataType(StrEnum):
    """Enumerated Values of Aliased Data Type (0018,980B) in Image Data Type Macro Attributes (C.7.6.16.2.24-1)."""

    YES = "YES"
    """data are aliased values"""
    NO = "NO"
    """data are not aliased values"""
