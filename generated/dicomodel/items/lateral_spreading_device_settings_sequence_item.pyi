"""Item class LateralSpreadingDeviceSettingsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    LateralSpreadingDeviceSettingsSequenceItem as LateralSpreadingDeviceSettingsSequenceItem,
)

__all__ = ["LateralSpreadingDeviceSettingsSequenceItem"]
