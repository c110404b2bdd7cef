"""Enumerated Values and Defined Terms of Mandatory Component Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "MandatoryComponentTypeTerm",
]


class MandatoryComponentTypeTerm(StrEnum):
    """Defined Terms of Mandatory Component Type (0076,0038) in Implant Assembly Template Module Attributes (C.29.2-1)."""

    YES = "YES"
    NO = "NO"
