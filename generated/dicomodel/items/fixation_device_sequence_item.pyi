"""Item class FixationDeviceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FixationDeviceTypeTerm as FixationDeviceTypeTerm
from dicomodel.items import FixationDeviceSequenceItem as FixationDeviceSequenceItem

__all__ = ["FixationDeviceSequenceItem", "FixationDeviceTypeTerm"]
