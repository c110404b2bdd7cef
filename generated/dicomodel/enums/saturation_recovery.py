"""Enumerated Values and Defined Terms of Saturation Recovery.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "SaturationRecovery",
    "SaturationRecoveryValue",
]


class SaturationRecovery(StrEnum):
    """Enumerated Values of Saturation Recovery (0018,9024) in MR Pulse Sequence Module Attributes (C.8-87)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    SaturationRecoveryValue: TypeAlias = SaturationRecovery | Literal["YES", "NO"]
else:
    SaturationRecoveryValue = SaturationRecovery
"""A value of SaturationRecovery: the enum or the string of one of its members."""
