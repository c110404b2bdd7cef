"""Item class ScheduledStepAttributesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import UniversalEntityIDType as UniversalEntityIDType
from dicomodel.enums import ValueType as ValueType
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RequestedProcedureCodeSequenceItem
from dicomodel.items import ContentItem as ContentItemModifierSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import HL7v2HierarchicDesignatorItem as IssuerOfAccessionNumberSequenceItem
from dicomodel.items import HL7v2HierarchicDesignatorItem as OrderFillerIdentifierSequenceItem
from dicomodel.items import HL7v2HierarchicDesignatorItem as OrderPlacerIdentifierSequenceItem
from dicomodel.items import (
    ProtocolContextSequenceItemScheduledProcedureStep as ProtocolContextSequenceItem,
)
from dicomodel.items import ReferencedSOPSequenceItem as ReferencedSOPSequenceItem
from dicomodel.items import (
    ScheduledProtocolCodeSequenceItemScheduledProcedureStep as ScheduledProtocolCodeSequenceItem,
)
from dicomodel.items import (
    ScheduledStepAttributesSequenceItem as ScheduledStepAttributesSequenceItem,
)
from dicomodel.items import SOPInstanceReferenceItem as ReferencedStudySequenceItem

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "IssuerOfAccessionNumberSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "OrderFillerIdentifierSequenceItem",
    "OrderPlacerIdentifierSequenceItem",
    "ProtocolContextSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedStudySequenceItem",
    "RequestedProcedureCodeSequenceItem",
    "ScheduledProtocolCodeSequenceItem",
    "ScheduledStepAttributesSequenceItem",
    "UniversalEntityIDType",
    "ValueType",
]
