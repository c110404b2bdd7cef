"""Item class SpecimenItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContainerComponentMaterialTerm as ContainerComponentMaterialTerm
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import UniversalEntityIDType as UniversalEntityIDType
from dicomodel.enums import ValueType as ValueType
from dicomodel.items import (
    AlternateContainerIdentifierSequenceItem as AlternateContainerIdentifierSequenceItem,
)
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ContainerComponentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ContainerTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem
from dicomodel.items import CodeSequenceItem as SpecimenTypeCodeSequenceItem
from dicomodel.items import ContainerComponentSequenceItem as ContainerComponentSequenceItem
from dicomodel.items import ContentItem as SpecimenLocalizationContentItemSequenceItem
from dicomodel.items import ContentItem as SpecimenPreparationStepContentItemSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    HL7v2HierarchicDesignatorItem as IssuerOfTheContainerIdentifierSequenceItem,
)
from dicomodel.items import (
    HL7v2HierarchicDesignatorItem as IssuerOfTheSpecimenIdentifierSequenceItem,
)
from dicomodel.items import (
    PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
)
from dicomodel.items import ReferencedSOPSequenceItem as ReferencedSOPSequenceItem
from dicomodel.items import SpecimenDescriptionSequenceItem as SpecimenDescriptionSequenceItem
from dicomodel.items import SpecimenItem as SpecimenItem
from dicomodel.items import SpecimenPreparationSequenceItem as SpecimenPreparationSequenceItem

__all__ = [
    "AlternateContainerIdentifierSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContainerComponentMaterialTerm",
    "ContainerComponentSequenceItem",
    "ContainerComponentTypeCodeSequenceItem",
    "ContainerTypeCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "IssuerOfTheContainerIdentifierSequenceItem",
    "IssuerOfTheSpecimenIdentifierSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
    "ReferencedSOPSequenceItem",
    "SpecimenDescriptionSequenceItem",
    "SpecimenItem",
    "SpecimenLocalizationContentItemSequenceItem",
    "SpecimenPreparationSequenceItem",
    "SpecimenPreparationStepContentItemSequenceItem",
    "SpecimenTypeCodeSequenceItem",
    "UniversalEntityIDType",
    "ValueType",
]
