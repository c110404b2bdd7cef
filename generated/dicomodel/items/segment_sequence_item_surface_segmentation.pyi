"""Item class SegmentSequenceItemSurfaceSegmentation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import SegmentAlgorithmType as SegmentAlgorithmType
from dicomodel.items import (
    AlgorithmIdentificationItem as SegmentSurfaceGenerationAlgorithmIdentificationSequenceItem,
)
from dicomodel.items import AnatomicRegionSequenceItem as AnatomicRegionSequenceItem
from dicomodel.items import CodeSequenceItem as AlgorithmFamilyCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AlgorithmNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AnatomicRegionModifierSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PersonIdentificationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem
from dicomodel.items import CodeSequenceItem as SegmentedPropertyCategoryCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SegmentedPropertyTypeModifierCodeSequenceItem
from dicomodel.items import DefinitionSourceSequenceItem as DefinitionSourceSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    ImageSOPInstanceReferenceItem as SegmentSurfaceSourceInstanceSequenceItem,
)
from dicomodel.items import PersonIdentificationItem as ContentCreatorIdentificationCodeSequenceItem
from dicomodel.items import (
    PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
)
from dicomodel.items import ReferencedSurfaceSequenceItem as ReferencedSurfaceSequenceItem
from dicomodel.items import (
    SegmentedPropertyTypeCodeSequenceItem as SegmentedPropertyTypeCodeSequenceItem,
)
from dicomodel.items import (
    SegmentSequenceItemSurfaceSegmentation as SegmentSequenceItemSurfaceSegmentation,
)

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItem",
    "ContentCreatorIdentificationCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DefinitionSourceSequenceItem",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "PersonIdentificationCodeSequenceItem",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
    "ReferencedSurfaceSequenceItem",
    "SegmentAlgorithmType",
    "SegmentSequenceItemSurfaceSegmentation",
    "SegmentSurfaceGenerationAlgorithmIdentificationSequenceItem",
    "SegmentSurfaceSourceInstanceSequenceItem",
    "SegmentedPropertyCategoryCodeSequenceItem",
    "SegmentedPropertyTypeCodeSequenceItem",
    "SegmentedPropertyTypeModifierCodeSequenceItem",
]
