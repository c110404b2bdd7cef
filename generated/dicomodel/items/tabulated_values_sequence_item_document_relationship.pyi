"""Item class TabulatedValuesSequenceItemDocumentRelationship.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import SelectorAttributeVR as SelectorAttributeVR
from dicomodel.items import CellValuesSequenceItemDocumentRelationship as CellValuesSequenceItem
from dicomodel.items import CodeSequenceItemDocumentRelationship4 as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItemDocumentRelationship4 as ConceptNameCodeSequenceItem
from dicomodel.items import (
    CodeSequenceItemDocumentRelationship4 as MeasurementUnitsCodeSequenceItem,
)
from dicomodel.items import (
    CodeSequenceItemDocumentRelationship4 as NumericValueQualifierCodeSequenceItem,
)
from dicomodel.items import (
    EquivalentCodeSequenceItemDocumentRelationship4 as EquivalentCodeSequenceItem,
)
from dicomodel.items import (
    TableColumnDefinitionSequenceItemDocumentRelationship as TableColumnDefinitionSequenceItem,
)
from dicomodel.items import (
    TableRowDefinitionSequenceItemDocumentRelationship as TableRowDefinitionSequenceItem,
)
from dicomodel.items import (
    TabulatedValuesSequenceItemDocumentRelationship as TabulatedValuesSequenceItemDocumentRelationship,
)

__all__ = [
    "CellValuesSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "NumericValueQualifierCodeSequenceItem",
    "SelectorAttributeVR",
    "TableColumnDefinitionSequenceItem",
    "TableRowDefinitionSequenceItem",
    "TabulatedValuesSequenceItemDocumentRelationship",
]
