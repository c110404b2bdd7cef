"""Enumerated Values and Defined Terms of Contrast/Bolus Auto Injection Trigger Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ContrastBolusAutoInjectionTriggerFlag",
    "ContrastBolusAutoInjectionTriggerFlagValue",
]


class ContrastBolusAutoInjectionTriggerFlag(StrEnum):
    """Enumerated Values of Contrast/Bolus Auto Injection Trigger Flag (0018,11B6) in Performed XA Acquisition Module Attributes (C.34.17-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    ContrastBolusAutoInjectionTriggerFlagValue: TypeAlias = (
        ContrastBolusAutoInjectionTriggerFlag | Literal["YES", "NO"]
    )
else:
    ContrastBolusAutoInjectionTriggerFlagValue = ContrastBolusAutoInjectionTriggerFlag
"""A value of ContrastBolusAutoInjectionTriggerFlag: the enum or the string of one of its members."""
