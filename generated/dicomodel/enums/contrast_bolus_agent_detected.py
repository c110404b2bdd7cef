"""Enumerated Values and Defined Terms of Contrast/Bolus Agent Detected.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ContrastBolusAgentDetected",
    "ContrastBolusAgentDetectedValue",
]


class ContrastBolusAgentDetected(StrEnum):
    """Enumerated Values of Contrast/Bolus Agent Detected (0018,9343) in Contrast/Bolus Usage Macro Attributes (C.7.16-13)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    ContrastBolusAgentDetectedValue: TypeAlias = ContrastBolusAgentDetected | Literal["YES", "NO"]
else:
    ContrastBolusAgentDetectedValue = ContrastBolusAgentDetected
"""A value of ContrastBolusAgentDetected: the enum or the string of one of its members."""
