"""Enumerated Values and Defined Terms of Enhanced RT Beam Limiting Device Definition Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    EnhancedRTBeamLimitingDeviceDefinitionFlag as EnhancedRTBeamLimitingDeviceDefinitionFlag,
)
from dicomodel.enums import (
    EnhancedRTBeamLimitingDeviceDefinitionFlagValue as EnhancedRTBeamLimitingDeviceDefinitionFlagValue,
)

__all__ = [
    "EnhancedRTBeamLimitingDeviceDefinitionFlag",
    "EnhancedRTBeamLimitingDeviceDefinitionFlagValue",
]
