"""Enumerated Values and Defined Terms of Patient Identity Removed.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PatientIdentityRemoved",
    "PatientIdentityRemovedValue",
]


class PatientIdentityRemoved(StrEnum):
    """Enumerated Values of Patient Identity Removed (0012,0062) in Patient Module Attributes (C.7-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    PatientIdentityRemovedValue: TypeAlias = PatientIdentityRemoved | Literal["YES", "NO"]
else:
    PatientIdentityRemovedValue = PatientIdentityRemoved
"""A value of PatientIdentityRemoved: the enum or the string of one of its members."""
