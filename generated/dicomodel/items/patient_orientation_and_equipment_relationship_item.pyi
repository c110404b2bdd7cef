"""Item class PatientOrientationAndEquipmentRelationshipItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as PatientEquipmentRelationshipCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientOrientationModifierCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    PatientOrientationAndEquipmentRelationshipItem as PatientOrientationAndEquipmentRelationshipItem,
)
from dicomodel.items import PatientOrientationCodeSequenceItem as PatientOrientationCodeSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PatientEquipmentRelationshipCodeSequenceItem",
    "PatientOrientationAndEquipmentRelationshipItem",
    "PatientOrientationCodeSequenceItem",
    "PatientOrientationModifierCodeSequenceItem",
]
