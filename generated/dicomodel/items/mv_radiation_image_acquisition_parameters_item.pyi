"""Item class MVRadiationImageAcquisitionParametersItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ValueType as ValueType
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DeliveryRateUnitSequenceItem
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
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    MVRadiationImageAcquisitionParametersItem as MVRadiationImageAcquisitionParametersItem,
)
from dicomodel.items import RadiationGenerationModeItem as RadiationGenerationModeSequenceItem
from dicomodel.items import ReferencedSOPSequenceItem as ReferencedSOPSequenceItem

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DeliveryRateUnitSequenceItem",
    "EnergyDerivationCodeSequenceItem",
    "EnergyUnitCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MVRadiationImageAcquisitionParametersItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "RadiationDeviceConfigurationAndCommissioningKeySequenceItem",
    "RadiationDosimeterUnitSequenceItem",
    "RadiationFluenceModifierCodeSequenceItem",
    "RadiationGenerationModeMachineCodeSequenceItem",
    "RadiationGenerationModeSequenceItem",
    "RadiationTypeCodeSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]
