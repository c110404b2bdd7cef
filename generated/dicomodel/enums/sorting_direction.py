"""Enumerated Values and Defined Terms of Sorting Direction.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class SortingDirection(StrEnum):
    """Enumerated Values of Sorting Direction (0072,0604) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    INCREASING = "INCREASING"
    DECREASING = "DECREASING"
