"""Item class TableColumnDefinitionSequenceItemDocumentRelationship.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItemDocumentRelationship4 as ConceptNameCodeSequenceItem
from dicomodel.items import (
    CodeSequenceItemDocumentRelationship4 as MeasurementUnitsCodeSequenceItem,
)
from dicomodel.items import (
    EquivalentCodeSequenceItemDocumentRelationship4 as EquivalentCodeSequenceItem,
)
from dicomodel.items import (
    TableColumnDefinitionSequenceItemDocumentRelationship as TableColumnDefinitionSequenceItemDocumentRelationship,
)

__all__ = [
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "TableColumnDefinitionSequenceItemDocumentRelationship",
]
