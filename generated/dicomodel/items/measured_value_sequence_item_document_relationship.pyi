"""Item class MeasuredValueSequenceItemDocumentRelationship.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import (
    CodeSequenceItemDocumentRelationship2 as MeasurementUnitsCodeSequenceItem,
)
from dicomodel.items import (
    EquivalentCodeSequenceItemDocumentRelationship2 as EquivalentCodeSequenceItem,
)
from dicomodel.items import (
    MeasuredValueSequenceItemDocumentRelationship as MeasuredValueSequenceItemDocumentRelationship,
)

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasuredValueSequenceItemDocumentRelationship",
    "MeasurementUnitsCodeSequenceItem",
]
