"""Item class RecordedBrachyAccessoryDeviceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BrachyAccessoryDeviceTypeTerm as BrachyAccessoryDeviceTypeTerm
from dicomodel.items import (
    RecordedBrachyAccessoryDeviceSequenceItem as RecordedBrachyAccessoryDeviceSequenceItem,
)

__all__ = ["BrachyAccessoryDeviceTypeTerm", "RecordedBrachyAccessoryDeviceSequenceItem"]
