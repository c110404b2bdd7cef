"""Enumerated Values and Defined Terms of Bold.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class Bold(StrEnum):
    """Enumerated Values of Bold (0070,0249) in Text Style Sequence Macro Attributes (C.10-5a)."""

    Y = "Y"
    """yes"""
    N = "N"
    """no"""
