"""Enumerated Values and Defined Terms of Contrast/Bolus Agent Administered.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ContrastBolusAgentAdministered",
    "ContrastBolusAgentAdministeredValue",
]


class ContrastBolusAgentAdministered(StrEnum):
    """Enumerated Values of Contrast/Bolus Agent Administered (0018,9342) in Contrast/Bolus Usage Macro Attributes (C.7.16-13)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    ContrastBolusAgentAdministeredValue: TypeAlias = (
        ContrastBolusAgentAdministered | Literal["YES", "NO"]
    )
else:
    ContrastBolusAgentAdministeredValue = ContrastBolusAgentAdministered
"""A value of ContrastBolusAgentAdministered: the enum or the string of one of its members."""
