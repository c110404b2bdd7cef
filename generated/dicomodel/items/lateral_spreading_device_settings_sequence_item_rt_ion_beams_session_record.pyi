"""Item class LateralSpreadingDeviceSettingsSequenceItemRTIonBeamsSessionRecord.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    LateralSpreadingDeviceSettingsSequenceItemRTIonBeamsSessionRecord as LateralSpreadingDeviceSettingsSequenceItemRTIonBeamsSessionRecord,
)

__all__ = ["LateralSpreadingDeviceSettingsSequenceItemRTIonBeamsSessionRecord"]
