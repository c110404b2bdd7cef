"""Item class BrachyAccessoryDeviceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BrachyAccessoryDeviceTypeTerm as BrachyAccessoryDeviceTypeTerm
from dicomodel.items import BrachyAccessoryDeviceSequenceItem as BrachyAccessoryDeviceSequenceItem

__all__ = ["BrachyAccessoryDeviceSequenceItem", "BrachyAccessoryDeviceTypeTerm"]
