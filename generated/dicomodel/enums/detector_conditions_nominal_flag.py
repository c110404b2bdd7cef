"""Enumerated Values and Defined Terms of Detector Conditions Nominal Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "DetectorConditionsNominalFlag",
    "DetectorConditionsNominalFlagValue",
]


class DetectorConditionsNominalFlag(StrEnum):
    """Enumerated Values of Detector Conditions Nominal Flag (0018,7000) in Digital X-Ray Detector Macro Attributes (C.8-71b)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    DetectorConditionsNominalFlagValue: TypeAlias = (
        DetectorConditionsNominalFlag | Literal["YES", "NO"]
    )
else:
    DetectorConditionsNominalFlagValue = DetectorConditionsNominalFlag
"""A value of DetectorConditionsNominalFlag: the enum or the string of one of its members."""
