"""Item class TabulatedValuesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import SelectorAttributeVR as SelectorAttributeVR
from dicomodel.items import CellValuesSequenceItem as CellValuesSequenceItem
from dicomodel.items import CodeSequenceItemDocumentContent3 as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItemDocumentContent3 as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItemDocumentContent3 as MeasurementUnitsCodeSequenceItem
from dicomodel.items import (
    CodeSequenceItemDocumentContent3 as NumericValueQualifierCodeSequenceItem,
)
from dicomodel.items import EquivalentCodeSequenceItemDocumentContent3 as EquivalentCodeSequenceItem
from dicomodel.items import TableColumnDefinitionSequenceItem as TableColumnDefinitionSequenceItem
from dicomodel.items import TableRowDefinitionSequenceItem as TableRowDefinitionSequenceItem
from dicomodel.items import TabulatedValuesSequenceItem as TabulatedValuesSequenceItem

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
    "TabulatedValuesSequenceItem",
]
