"""Item class StructuredConstraintObservationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ConstraintType as ConstraintType
from dicomodel.enums import ConstraintViolationSignificance as ConstraintViolationSignificance
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import AttributeValueItem as AssessedAttributeValueSequenceItem
from dicomodel.items import AttributeValueItem as ConstraintValueSequenceItem
from dicomodel.items import AttributeValueItem as RecommendedDefaultValueSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SelectorCodeSequenceValueItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    StructuredConstraintObservationSequenceItem as StructuredConstraintObservationSequenceItem,
)

__all__ = [
    "AssessedAttributeValueSequenceItem",
    "ConstraintType",
    "ConstraintValueSequenceItem",
    "ConstraintViolationSignificance",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "RecommendedDefaultValueSequenceItem",
    "SelectorCodeSequenceValueItem",
    "StructuredConstraintObservationSequenceItem",
]
