"""Item class MeasuredValueSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItemDocumentContent as MeasurementUnitsCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItemDocumentContent as EquivalentCodeSequenceItem
from dicomodel.items import MeasuredValueSequenceItem as MeasuredValueSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasuredValueSequenceItem",
    "MeasurementUnitsCodeSequenceItem",
]
