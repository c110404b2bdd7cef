"""Item class LateralSpreadingDeviceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import LateralSpreadingDeviceTypeTerm as LateralSpreadingDeviceTypeTerm
from dicomodel.items import LateralSpreadingDeviceSequenceItem as LateralSpreadingDeviceSequenceItem

__all__ = ["LateralSpreadingDeviceSequenceItem", "LateralSpreadingDeviceTypeTerm"]
