"""Item class MultienergyCTCharacteristicsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ValueType as ValueType
from dicomodel.items import AlgorithmIdentificationItem as DerivationAlgorithmSequenceItem
from dicomodel.items import CodeSequenceItem as AlgorithmFamilyCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AlgorithmNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import ContentItem as ContentItemModifierSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    MultienergyCTCharacteristicsSequenceItem as MultienergyCTCharacteristicsSequenceItem,
)
from dicomodel.items import ProtocolContextSequenceItem as PerformedProcessingParametersSequenceItem
from dicomodel.items import ReferencedSOPSequenceItem as ReferencedSOPSequenceItem

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "DerivationAlgorithmSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "MultienergyCTCharacteristicsSequenceItem",
    "PerformedProcessingParametersSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]
