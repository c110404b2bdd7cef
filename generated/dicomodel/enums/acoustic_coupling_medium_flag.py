"""Enumerated Values and Defined Terms of Acoustic Coupling Medium Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "AcousticCouplingMediumFlag",
    "AcousticCouplingMediumFlagValue",
]


class AcousticCouplingMediumFlag(StrEnum):
    """Enumerated Values of Acoustic Coupling Medium Flag (0018,9829) in Photoacoustic Acquisition Parameters Module Attributes (C.8.34.2-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    AcousticCouplingMediumFlagValue: TypeAlias = AcousticCouplingMediumFlag | Literal["YES", "NO"]
else:
    AcousticCouplingMediumFlagValue = AcousticCouplingMediumFlag
"""A value of AcousticCouplingMediumFlag: the enum or the string of one of its members."""
