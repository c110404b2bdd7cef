"""Enumerated Values and Defined Terms of Application Setup Check.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ApplicationSetupCheck",
    "ApplicationSetupCheckValue",
]


class ApplicationSetupCheck(StrEnum):
    """Enumerated Values of Application Setup Check (3008,0116) in RT Brachy Session Record Module Attributes (C.8-58)."""

    PASSED = "PASSED"
    """Passed check"""
    FAILED = "FAILED"
    """Failed check"""
    UNKNOWN = "UNKNOWN"
    """Unknown status"""


if TYPE_CHECKING:
    ApplicationSetupCheckValue: TypeAlias = (
        ApplicationSetupCheck | Literal["PASSED", "FAILED", "UNKNOWN"]
    )
else:
    ApplicationSetupCheckValue = ApplicationSetupCheck
"""A value of ApplicationSetupCheck: the enum or the string of one of its members."""
