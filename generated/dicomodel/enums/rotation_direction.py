"""Enumerated Values and Defined Terms of Rotation Direction.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class RotationDirection(StrEnum):
    """Enumerated Values of Rotation Direction (0018,1140) in CT Acquisition Details Macro Attributes (C.8-119)."""

    CW = "CW"
    """clockwise"""
    CC = "CC"
    """counter clockwise"""
