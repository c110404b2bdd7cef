"""Item class PatientOrientationCodeSequenceItemNMPETPatientOrientation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as PatientOrientationModifierCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    PatientOrientationCodeSequenceItemNMPETPatientOrientation as PatientOrientationCodeSequenceItemNMPETPatientOrientation,
)

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PatientOrientationCodeSequenceItemNMPETPatientOrientation",
    "PatientOrientationModifierCodeSequenceItem",
]
