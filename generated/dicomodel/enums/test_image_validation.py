"""Enumerated Values and Defined Terms of Test Image Validation.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "TestImageValidation",
    "TestImageValidationValue",
]


class TestImageValidation(StrEnum):
    """Enumerated Values of Test Image Validation (0028,702B) in Visual Evaluation Result Macro Attributes (C.32.3.2-1)."""

    MATCHED = "MATCHED"
    """the test image was determined to match"""
    UNMATCHED = "UNMATCHED"
    """the test image was not determined to match"""


if TYPE_CHECKING:
    TestImageValidationValue: TypeAlias = TestImageValidation | Literal["MATCHED", "UNMATCHED"]
else:
    TestImageValidationValue = TestImageValidation
"""A value of TestImageValidation: the enum or the string of one of its members."""
