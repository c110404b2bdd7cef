"""Item class CellValuesSequenceItemDocumentRelationship.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import SelectorAttributeVR as SelectorAttributeVR
from dicomodel.items import (
    CellValuesSequenceItemDocumentRelationship as CellValuesSequenceItemDocumentRelationship,
)
from dicomodel.items import CodeSequenceItemDocumentRelationship4 as ConceptCodeSequenceItem
from dicomodel.items import (
    CodeSequenceItemDocumentRelationship4 as MeasurementUnitsCodeSequenceItem,
)
from dicomodel.items import (
    CodeSequenceItemDocumentRelationship4 as NumericValueQualifierCodeSequenceItem,
)
from dicomodel.items import (
    EquivalentCodeSequenceItemDocumentRelationship4 as EquivalentCodeSequenceItem,
)

__all__ = [
    "CellValuesSequenceItemDocumentRelationship",
    "ConceptCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "NumericValueQualifierCodeSequenceItem",
    "SelectorAttributeVR",
]
