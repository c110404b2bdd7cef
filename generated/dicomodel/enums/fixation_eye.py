"""Enumerated Values and Defined Terms of Fixation Eye.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class FixationEye(StrEnum):
    """Enumerated Values of Fixation Eye (300A,0150) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    L = "L"
    """left eye"""
    R = "R"
    """right eye"""
