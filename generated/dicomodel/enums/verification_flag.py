"""Enumerated Values and Defined Terms of Verification Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "VerificationFlag",
    "VerificationFlagValue",
]


class VerificationFlag(StrEnum):
    """Enumerated Values of Verification Flag (0040,A493) in SR Document General Module Attributes (C.17-2)."""

    UNVERIFIED = "UNVERIFIED"
    """Not attested to."""
    VERIFIED = "VERIFIED"
    """Attested to by a Verifying Observer Name (0040,A075) who is accountable for its content."""


if TYPE_CHECKING:
    VerificationFlagValue: TypeAlias = VerificationFlag | Literal["UNVERIFIED", "VERIFIED"]
else:
    VerificationFlagValue = VerificationFlag
"""A value of VerificationFlag: the enum or the string of one of its members."""
