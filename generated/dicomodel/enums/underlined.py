"""Enumerated Values and Defined Terms of Underlined.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class Underlined(StrEnum):
    """Enumerated Values of Underlined (0070,0248) in Text Style Sequence Macro Attributes (C.10-5a)."""

    Y = "Y"
    """yes"""
    N = "N"
    """no"""
