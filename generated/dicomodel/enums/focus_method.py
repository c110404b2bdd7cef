"""Enumerated Values and Defined Terms of Focus Method.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "FocusMethod",
    "FocusMethodValue",
]


class FocusMethod(StrEnum):
    """Enumerated Values of Focus Method (0048,0011) in Whole Slide Microscopy Image Module Attributes (C.8.12.4-1)."""

    AUTO = "AUTO"
    """autofocus"""
    MANUAL = "MANUAL"
    """includes any human adjustment or verification of autofocus"""


if TYPE_CHECKING:
    FocusMethodValue: TypeAlias = FocusMethod | Literal["AUTO", "MANUAL"]
else:
    FocusMethodValue = FocusMethod
"""A value of FocusMethod: the enum or the string of one of its members."""
