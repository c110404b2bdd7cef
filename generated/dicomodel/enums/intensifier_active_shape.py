"""Enumerated Values and Defined Terms of Intensifier Active Shape.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class IntensifierActiveShape(StrEnum):
    """Enumerated Values of Intensifier Active Shape (0018,9427) in X-Ray Image Intensifier Module Attributes (C.8.19.4-1)."""

    RECTANGLE = "RECTANGLE"
    ROUND = "ROUND"
    HEXAGONAL = "HEXAGONAL"
