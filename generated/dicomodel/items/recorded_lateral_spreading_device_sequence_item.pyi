"""Item class RecordedLateralSpreadingDeviceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    RecordedLateralSpreadingDeviceSequenceItem as RecordedLateralSpreadingDeviceSequenceItem,
)

__all__ = ["RecordedLateralSpreadingDeviceSequenceItem"]
