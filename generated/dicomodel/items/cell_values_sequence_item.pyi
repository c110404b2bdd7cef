"""Item class CellValuesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import SelectorAttributeVR as SelectorAttributeVR
from dicomodel.items import CellValuesSequenceItem as CellValuesSequenceItem
from dicomodel.items import CodeSequenceItemDocumentContent3 as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItemDocumentContent3 as MeasurementUnitsCodeSequenceItem
from dicomodel.items import (
    CodeSequenceItemDocumentContent3 as NumericValueQualifierCodeSequenceItem,
)
from dicomodel.items import EquivalentCodeSequenceItemDocumentContent3 as EquivalentCodeSequenceItem

__all__ = [
    "CellValuesSequenceItem",
    "ConceptCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "NumericValueQualifierCodeSequenceItem",
    "SelectorAttributeVR",
]
