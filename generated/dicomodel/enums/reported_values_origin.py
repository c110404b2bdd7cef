"""Enumerated Values and Defined Terms of Reported Values Origin.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ReportedValuesOrigin(StrEnum):
    """Enumerated Values of Reported Values Origin (3002,000A) in RT Image Module Attributes (C.8-38)."""

    OPERATOR = "OPERATOR"
    """manually entered by operator"""
    PLAN = "PLAN"
    """planned parameter values"""
    ACTUAL = "ACTUAL"
    """electronically recorded"""
