"""Enumerated Values and Defined Terms of RT Beam Limiting Device Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RTBeamLimitingDeviceType as RTBeamLimitingDeviceType
from dicomodel.enums import RTBeamLimitingDeviceTypeValue as RTBeamLimitingDeviceTypeValue

__all__ = ["RTBeamLimitingDeviceType", "RTBeamLimitingDeviceTypeValue"]
