"""Item class SetupDeviceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SetupDeviceTypeTerm as SetupDeviceTypeTerm
from dicomodel.items import SetupDeviceSequenceItem as SetupDeviceSequenceItem

__all__ = ["SetupDeviceSequenceItem", "SetupDeviceTypeTerm"]
