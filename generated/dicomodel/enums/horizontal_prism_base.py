"""Enumerated Values and Defined Terms of Horizontal Prism Base.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class HorizontalPrismBase(StrEnum):
    """Enumerated Values of Horizontal Prism Base (0046,0032) in Prism Sequence Macro Attributes (C.8.25.6.2-1)."""

    IN = "IN"
    OUT = "OUT"
