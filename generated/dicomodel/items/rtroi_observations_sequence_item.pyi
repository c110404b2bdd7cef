"""Item class RTROIObservationsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ObserverType as ObserverType
from dicomodel.enums import ROIPhysicalPropertyTerm as ROIPhysicalPropertyTerm
from dicomodel.enums import RTROIInterpretedTypeTerm as RTROIInterpretedTypeTerm
from dicomodel.enums import RTROIRelationshipTerm as RTROIRelationshipTerm
from dicomodel.items import AnatomicRegionSequenceItem as AnatomicRegionSequenceItem
from dicomodel.items import CodeSequenceItem as AnatomicRegionModifierSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as OrganizationalRoleCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PersonIdentificationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem
from dicomodel.items import CodeSequenceItem as ROIObservationContextCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SegmentedPropertyCategoryCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SegmentedPropertyTypeModifierCodeSequenceItem
from dicomodel.items import CodeSequenceItem as TherapeuticRoleCategoryCodeSequenceItem
from dicomodel.items import CodeSequenceItem as TherapeuticRoleTypeCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import IdentifiedPersonOrDeviceItem as ROIInterpreterSequenceItem
from dicomodel.items import (
    PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
)
from dicomodel.items import (
    RelatedRTROIObservationsSequenceItem as RelatedRTROIObservationsSequenceItem,
)
from dicomodel.items import (
    ROIElementalCompositionSequenceItem as ROIElementalCompositionSequenceItem,
)
from dicomodel.items import ROIPhysicalPropertiesSequenceItem as ROIPhysicalPropertiesSequenceItem
from dicomodel.items import RTRelatedROISequenceItem as RTRelatedROISequenceItem
from dicomodel.items import RTROIObservationsSequenceItem as RTROIObservationsSequenceItem
from dicomodel.items import (
    SegmentedPropertyTypeCodeSequenceItem as RTROIIdentificationCodeSequenceItem,
)

__all__ = [
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "ObserverType",
    "OrganizationalRoleCodeSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
    "ROIElementalCompositionSequenceItem",
    "ROIInterpreterSequenceItem",
    "ROIObservationContextCodeSequenceItem",
    "ROIPhysicalPropertiesSequenceItem",
    "ROIPhysicalPropertyTerm",
    "RTROIIdentificationCodeSequenceItem",
    "RTROIInterpretedTypeTerm",
    "RTROIObservationsSequenceItem",
    "RTROIRelationshipTerm",
    "RTRelatedROISequenceItem",
    "RelatedRTROIObservationsSequenceItem",
    "SegmentedPropertyCategoryCodeSequenceItem",
    "SegmentedPropertyTypeModifierCodeSequenceItem",
    "TherapeuticRoleCategoryCodeSequenceItem",
    "TherapeuticRoleTypeCodeSequenceItem",
]
