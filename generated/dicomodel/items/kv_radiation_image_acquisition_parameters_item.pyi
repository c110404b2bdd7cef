"""Item class KVRadiationImageAcquisitionParametersItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import RadiationMode as RadiationMode
from dicomodel.items import CodeSequenceItem as DeviceTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as EnergyDerivationCodeSequenceItem
from dicomodel.items import DeviceIdentificationItem as XRayFilterSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    KVRadiationImageAcquisitionParametersItem as KVRadiationImageAcquisitionParametersItem,
)
from dicomodel.items import UDIItem as UDISequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EnergyDerivationCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "KVRadiationImageAcquisitionParametersItem",
    "MappingResourceTerm",
    "RadiationMode",
    "UDISequenceItem",
    "XRayFilterSequenceItem",
]
