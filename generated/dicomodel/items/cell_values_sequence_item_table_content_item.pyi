"""Item class CellValuesSequenceItemTableContentItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import SelectorAttributeVR as SelectorAttributeVR
from dicomodel.items import (
    CellValuesSequenceItemTableContentItem as CellValuesSequenceItemTableContentItem,
)
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as NumericValueQualifierCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem

__all__ = [
    "CellValuesSequenceItemTableContentItem",
    "ConceptCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "NumericValueQualifierCodeSequenceItem",
    "SelectorAttributeVR",
]
