"""Enumerated Values and Defined Terms of Catheter Direction of Rotation.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class CatheterDirectionOfRotation(StrEnum):
    """Enumerated Values of Catheter Direction of Rotation (0052,0031) in Intravascular Image Acquisition Parameters Module Attributes (C.8.27.5-1)."""

    CW = "CW"
    """clockwise"""
    CC = "CC"
    """counter-clockwise"""
