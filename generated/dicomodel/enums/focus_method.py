"""Enumerated Values and Defined Terms of Focus Method.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class FocusMethod(StrEnum):
    """Enumerated Values of Focus Method (0048,0011) in Whole Slide Microscopy Image Module Attributes (C.8.12.4-1)."""

    AUTO = "AUTO"
    """autofocus"""
    MANUAL = "MANUAL"
    """includes any human adjustment or verification of autofocus"""
