"""Item class RTImageFrameRadiationAcquisitionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import RadiationMode as RadiationMode
from dicomodel.enums import ValueType as ValueType
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DeliveryRateUnitSequenceItem
from dicomodel.items import CodeSequenceItem as DeviceTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as EnergyDerivationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as EnergyUnitCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RadiationDosimeterUnitSequenceItem
from dicomodel.items import CodeSequenceItem as RadiationFluenceModifierCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RadiationGenerationModeMachineCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RadiationTypeCodeSequenceItem
from dicomodel.items import (
    ContentItem as RadiationDeviceConfigurationAndCommissioningKeySequenceItem,
)
from dicomodel.items import DeviceIdentificationItem as XRayFilterSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    KVRadiationImageAcquisitionParametersItem as RTImageFramekVRadiationAcquisitionSequenceItem,
)
from dicomodel.items import (
    MVRadiationImageAcquisitionParametersItem as RTImageFrameMVRadiationAcquisitionSequenceItem,
)
from dicomodel.items import RadiationGenerationModeItem as RadiationGenerationModeSequenceItem
from dicomodel.items import ReferencedSOPSequenceItem as ReferencedSOPSequenceItem
from dicomodel.items import (
    RTImageFrameRadiationAcquisitionSequenceItem as RTImageFrameRadiationAcquisitionSequenceItem,
)
from dicomodel.items import UDIItem as UDISequenceItem

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DeliveryRateUnitSequenceItem",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EnergyDerivationCodeSequenceItem",
    "EnergyUnitCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "RTImageFrameMVRadiationAcquisitionSequenceItem",
    "RTImageFrameRadiationAcquisitionSequenceItem",
    "RTImageFramekVRadiationAcquisitionSequenceItem",
    "RadiationDeviceConfigurationAndCommissioningKeySequenceItem",
    "RadiationDosimeterUnitSequenceItem",
    "RadiationFluenceModifierCodeSequenceItem",
    "RadiationGenerationModeMachineCodeSequenceItem",
    "RadiationGenerationModeSequenceItem",
    "RadiationMode",
    "RadiationTypeCodeSequenceItem",
    "ReferencedSOPSequenceItem",
    "UDISequenceItem",
    "ValueType",
    "XRayFilterSequenceItem",
]
