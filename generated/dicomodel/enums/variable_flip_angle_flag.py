"""Enumerated Values and Defined Terms of Variable Flip Angle Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class VariableFlipAngleFlag(StrEnum):
    """Enumerated Values of Variable Flip Angle Flag (0018,1315) in MR Image Module Attributes (C.8-4)."""

    Y = "Y"
    """yes"""
    N = "N"
    """no"""
