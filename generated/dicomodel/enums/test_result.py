"""Enumerated Values and Defined Terms of Test Result.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "TestResult",
    "TestResultValue",
]


class TestResult(StrEnum):
    """Enumerated Values of Test Result (0028,7029) in Visual Evaluation Result Macro Attributes (C.32.3.2-1)."""

    PASS = "PASS"
    """Evaluated as acceptable"""
    FAIL = "FAIL"
    """Evaluated as not acceptable"""
    SKIP = "SKIP"
    """Not evaluated"""


if TYPE_CHECKING:
    TestResultValue: TypeAlias = TestResult | Literal["PASS", "FAIL", "SKIP"]
else:
    TestResultValue = TestResult
"""A value of TestResult: the enum or the string of one of its members."""
