"""Enumerated Values and Defined Terms of Exclusive Component Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ExclusiveComponentTypeTerm",
]


class ExclusiveComponentTypeTerm(StrEnum):
    """Defined Terms of Exclusive Component Type (0076,0036) in Implant Assembly Template Module Attributes (C.29.2-1)."""

    YES = "YES"
    NO = "NO"
