"""Enumerated Values and Defined Terms of Breast Implant Present.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "BreastImplantPresent",
    "BreastImplantPresentValue",
]


class BreastImplantPresent(StrEnum):
    """Enumerated Values of Breast Implant Present (0028,1300) in Mammography Image Module Attributes (C.8-74)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    BreastImplantPresentValue: TypeAlias = BreastImplantPresent | Literal["YES", "NO"]
else:
    BreastImplantPresentValue = BreastImplantPresent
"""A value of BreastImplantPresent: the enum or the string of one of its members."""
