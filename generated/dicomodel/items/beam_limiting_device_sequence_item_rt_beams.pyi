"""Item class BeamLimitingDeviceSequenceItemRTBeams.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RTBeamLimitingDeviceType as RTBeamLimitingDeviceType
from dicomodel.items import (
    BeamLimitingDeviceSequenceItemRTBeams as BeamLimitingDeviceSequenceItemRTBeams,
)

__all__ = ["BeamLimitingDeviceSequenceItemRTBeams", "RTBeamLimitingDeviceType"]
