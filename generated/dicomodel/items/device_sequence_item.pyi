"""Item class DeviceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DeviceDiameterUnitsTerm as DeviceDiameterUnitsTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import DeviceSequenceItem as DeviceSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "DeviceDiameterUnitsTerm",
    "DeviceSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]
