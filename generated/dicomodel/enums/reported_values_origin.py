"""Enumerated Values and Defined Terms of Reported Values Origin.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ReportedValuesOrigin",
    "ReportedValuesOriginValue",
]


class ReportedValuesOrigin(StrEnum):
    """Enumerated Values of Reported Values Origin (3002,000A) in RT Image Module Attributes (C.8-38)."""

    OPERATOR = "OPERATOR"
    """manually entered by operator"""
    PLAN = "PLAN"
    """planned parameter values"""
    ACTUAL = "ACTUAL"
    """electronically recorded"""


if TYPE_CHECKING:
    ReportedValuesOriginValue: TypeAlias = (
        ReportedValuesOrigin | Literal["OPERATOR", "PLAN", "ACTUAL"]
    )
else:
    ReportedValuesOriginValue = ReportedValuesOrigin
"""A value of ReportedValuesOrigin: the enum or the string of one of its members."""
