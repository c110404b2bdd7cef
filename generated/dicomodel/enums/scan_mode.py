"""Enumerated Values and Defined Terms of Scan Mode.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ScanMode",
    "ScanModeTerm",
    "ScanModeValue",
]


class ScanModeTerm(StrEnum):
    """Defined Terms of Scan Mode (300A,0308) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    NONE = "NONE"
    """No beam scanning is performed."""
    UNIFORM = "UNIFORM"
    """Between control points, the beam is scanned to create a uniform lateral fluence distribution across the field."""
    MODULATED = "MODULATED"
    """Between control points, the beam is scanned to create a modulated lateral fluence distribution across the field."""
    MODULATED_SPEC = "MODULATED_SPEC"
    """Between control points, the beam is scanned to create a modulated lateral fluence distribution across the field. The specific scan mode is defined by Modulated Scan Mode Type (300A,0309)."""


class ScanMode(StrEnum):
    """Enumerated Values of Scan Mode (300A,0308) in RT Ion Machine Verification Module Attributes (C.31-3)."""

    NONE = "NONE"
    """No beam scanning is performed"""
    UNIFORM = "UNIFORM"
    """The beam is scanned between control points to create a uniform lateral fluence distribution across the field"""
    MODULATED = "MODULATED"
    """The beam is scanned between control points to create a modulated lateral fluence distribution across the field"""


if TYPE_CHECKING:
    ScanModeValue: TypeAlias = ScanMode | Literal["NONE", "UNIFORM", "MODULATED"]
else:
    ScanModeValue = ScanMode
"""A value of ScanMode: the enum or the string of one of its members."""
