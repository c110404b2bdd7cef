"""Enumerated Values and Defined Terms of Italic.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class Italic(StrEnum):
    """Enumerated Values of Italic (0070,0250) in Text Style Sequence Macro Attributes (C.10-5a)."""

    Y = "Y"
    """yes"""
    N = "N"
    """no"""
