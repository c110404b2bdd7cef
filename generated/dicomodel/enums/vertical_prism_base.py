"""Enumerated Values and Defined Terms of Vertical Prism Base.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class VerticalPrismBase(StrEnum):
    """Enumerated Values of Vertical Prism Base (0046,0036) in Prism Sequence Macro Attributes (C.8.25.6.2-1)."""

    UP = "UP"
    DOWN = "DOWN"
