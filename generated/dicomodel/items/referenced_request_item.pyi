"""Item class ReferencedRequestItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import UniversalEntityIDType as UniversalEntityIDType
from dicomodel.items import CodeSequenceItem as ReasonForRequestedProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RequestedProcedureCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import HL7v2HierarchicDesignatorItem as IssuerOfAccessionNumberSequenceItem
from dicomodel.items import HL7v2HierarchicDesignatorItem as OrderFillerIdentifierSequenceItem
from dicomodel.items import HL7v2HierarchicDesignatorItem as OrderPlacerIdentifierSequenceItem
from dicomodel.items import ReferencedRequestItem as ReferencedRequestItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedStudySequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "IssuerOfAccessionNumberSequenceItem",
    "MappingResourceTerm",
    "OrderFillerIdentifierSequenceItem",
    "OrderPlacerIdentifierSequenceItem",
    "ReasonForRequestedProcedureCodeSequenceItem",
    "ReferencedRequestItem",
    "ReferencedStudySequenceItem",
    "RequestedProcedureCodeSequenceItem",
    "UniversalEntityIDType",
]
