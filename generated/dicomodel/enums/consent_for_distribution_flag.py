"""Enumerated Values and Defined Terms of Consent for Distribution Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ConsentForDistributionFlag",
    "ConsentForDistributionFlagValue",
]


class ConsentForDistributionFlag(StrEnum):
    """Enumerated Values of Consent for Distribution Flag (0012,0085) in Clinical Trial Study Module Attributes (C.7-4b)."""

    NO = "NO"
    YES = "YES"
    WITHDRAWN = "WITHDRAWN"


if TYPE_CHECKING:
    ConsentForDistributionFlagValue: TypeAlias = (
        ConsentForDistributionFlag | Literal["NO", "YES", "WITHDRAWN"]
    )
else:
    ConsentForDistributionFlagValue = ConsentForDistributionFlag
"""A value of ConsentForDistributionFlag: the enum or the string of one of its members."""
