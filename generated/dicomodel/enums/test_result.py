"""Enumerated Values and Defined Terms of Test Result.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class TestResult(StrEnum):
    """Enumerated Values of Test Result (0028,7029) in Visual Evaluation Result Macro Attributes (C.32.3.2-1)."""

    PASS = "PASS"
    """Evaluated as acceptable"""
    FAIL = "FAIL"
    """Evaluated as not acceptable"""
    SKIP = "SKIP"
    """Not evaluated"""
