"""Item class ShieldingDeviceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ShieldingDeviceTypeTerm as ShieldingDeviceTypeTerm
from dicomodel.items import ShieldingDeviceSequenceItem as ShieldingDeviceSequenceItem

__all__ = ["ShieldingDeviceSequenceItem", "ShieldingDeviceTypeTerm"]
