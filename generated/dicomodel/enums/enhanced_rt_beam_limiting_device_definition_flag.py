"""Enumerated Values and Defined Terms of Enhanced RT Beam Limiting Device Definition Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "EnhancedRTBeamLimitingDeviceDefinitionFlag",
    "EnhancedRTBeamLimitingDeviceDefinitionFlagValue",
]


class EnhancedRTBeamLimitingDeviceDefinitionFlag(StrEnum):
    """Enumerated Values of Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) in RT Image Module Attributes (C.8-38)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    EnhancedRTBeamLimitingDeviceDefinitionFlagValue: TypeAlias = (
        EnhancedRTBeamLimitingDeviceDefinitionFlag | Literal["YES", "NO"]
    )
else:
    EnhancedRTBeamLimitingDeviceDefinitionFlagValue = EnhancedRTBeamLimitingDeviceDefinitionFlag
"""A value of EnhancedRTBeamLimitingDeviceDefinitionFlag: the enum or the string of one of its members."""
