"""Enumerated Values and Defined Terms of Includes Information.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "IncludesInformation",
    "IncludesInformationValue",
]


class IncludesInformation(StrEnum):
    """Enumerated Values of Includes Information (0034,000C) in Frame Usefulness Functional Group Macro Attributes (C.7.6.16.2.27-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    IncludesInformationValue: TypeAlias = IncludesInformation | Literal["YES", "NO"]
else:
    IncludesInformationValue = IncludesInformation
"""A value of IncludesInformation: the enum or the string of one of its members."""
