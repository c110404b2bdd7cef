"""Enumerated Values and Defined Terms of Background Color.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "BackgroundColorTerm",
]


class BackgroundColorTerm(StrEnum):
    """Defined Terms of Background Color (0046,0092) in Visual Acuity Measurements Module Attributes (C.8.25.12-1)."""

    RED = "RED"
    GREEN = "GREEN"
    WHITE = "WHITE"
    REDGREENSPLIT = "REDGREENSPLIT"
