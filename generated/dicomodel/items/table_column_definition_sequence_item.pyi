"""Item class TableColumnDefinitionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItemDocumentContent3 as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItemDocumentContent3 as MeasurementUnitsCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItemDocumentContent3 as EquivalentCodeSequenceItem
from dicomodel.items import TableColumnDefinitionSequenceItem as TableColumnDefinitionSequenceItem

__all__ = [
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "TableColumnDefinitionSequenceItem",
]
