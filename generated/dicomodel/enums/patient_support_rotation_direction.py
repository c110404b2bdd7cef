"""Enumerated Values and Defined Terms of Patient Support Rotation Direction.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PatientSupportRotationDirection(StrEnum):
    """Enumerated Values of Patient Support Rotation Direction (300A,0123) in RT Beams Module Attributes (C.8-50)."""

    CW = "CW"
    """clockwise"""
    CC = "CC"
    """counter-clockwise"""
    NONE = "NONE"
    """no rotation"""
