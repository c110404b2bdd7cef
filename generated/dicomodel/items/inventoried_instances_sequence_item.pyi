"""Item class InventoriedInstancesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContainerFileTypeTerm as ContainerFileTypeTerm
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import InstanceAvailability as InstanceAvailability
from dicomodel.enums import MACAlgorithmTerm as MACAlgorithmTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import (
    ReasonForTheAttributeModificationTerm as ReasonForTheAttributeModificationTerm,
)
from dicomodel.enums import RemovedFromOperationalUse as RemovedFromOperationalUse
from dicomodel.enums import UniversalEntityIDType as UniversalEntityIDType
from dicomodel.items import (
    AlternateRepresentationSequenceItem as AlternateRepresentationSequenceItem,
)
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PurposeOfReferenceCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReasonForRemovalCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReasonForRequestedProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RequestedProcedureCodeSequenceItem
from dicomodel.items import ContentTemplateSequenceItemInventory as ContentTemplateSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import FileAccessSequenceItem as FileAccessSequenceItem
from dicomodel.items import HL7v2HierarchicDesignatorItem as IssuerOfAccessionNumberSequenceItem
from dicomodel.items import HL7v2HierarchicDesignatorItem as OrderFillerIdentifierSequenceItem
from dicomodel.items import HL7v2HierarchicDesignatorItem as OrderPlacerIdentifierSequenceItem
from dicomodel.items import InventoriedInstancesSequenceItem as InventoriedInstancesSequenceItem
from dicomodel.items import (
    NonconformingModifiedAttributesSequenceItem as NonconformingModifiedAttributesSequenceItem,
)
from dicomodel.items import OriginalAttributesSequenceItem as OriginalAttributesSequenceItem
from dicomodel.items import ReferencedRequestItem as ReferencedRequestSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedStudySequenceItem
from dicomodel.items import (
    SpecimenDescriptionSequenceItemInventory as SpecimenDescriptionSequenceItem,
)
from dicomodel.items import (
    UnassignedSharedConvertedAttributesSequenceItem as ModifiedAttributesSequenceItem,
)

__all__ = [
    "AlternateRepresentationSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContainerFileTypeTerm",
    "ContentTemplateSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "FileAccessSequenceItem",
    "InstanceAvailability",
    "InventoriedInstancesSequenceItem",
    "IssuerOfAccessionNumberSequenceItem",
    "MACAlgorithmTerm",
    "MappingResourceTerm",
    "ModifiedAttributesSequenceItem",
    "NonconformingModifiedAttributesSequenceItem",
    "OrderFillerIdentifierSequenceItem",
    "OrderPlacerIdentifierSequenceItem",
    "OriginalAttributesSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "ReasonForRemovalCodeSequenceItem",
    "ReasonForRequestedProcedureCodeSequenceItem",
    "ReasonForTheAttributeModificationTerm",
    "ReferencedRequestSequenceItem",
    "ReferencedStudySequenceItem",
    "RemovedFromOperationalUse",
    "RequestedProcedureCodeSequenceItem",
    "SpecimenDescriptionSequenceItem",
    "UniversalEntityIDType",
]
