"""Enumerated Values and Defined Terms of Application Setup Check.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ApplicationSetupCheck(StrEnum):
    """Enumerated Values of Application Setup Check (3008,0116) in RT Brachy Session Record Module Attributes (C.8-58)."""

    PASSED = "PASSED"
    """Passed check"""
    FAILED = "FAILED"
    """Failed check"""
    UNKNOWN = "UNKNOWN"
    """Unknown status"""
