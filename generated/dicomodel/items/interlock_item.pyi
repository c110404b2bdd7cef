"""Item class InterlockItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as DeviceTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InterlockCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InterlockResolutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PersonIdentificationCodeSequenceItem
from dicomodel.items import DeviceIdentificationItem as InterlockOriginatingDeviceSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import InterlockItem as InterlockItem
from dicomodel.items import PersonIdentificationItem as InterlockResolutionUserSequenceItem
from dicomodel.items import UDIItem as UDISequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "InterlockCodeSequenceItem",
    "InterlockItem",
    "InterlockOriginatingDeviceSequenceItem",
    "InterlockResolutionCodeSequenceItem",
    "InterlockResolutionUserSequenceItem",
    "MappingResourceTerm",
    "PersonIdentificationCodeSequenceItem",
    "UDISequenceItem",
]
