"""Item class SoundSpeedCorrectionMechanismCodeSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem
from dicomodel.items import (
    SoundSpeedCorrectionMechanismCodeSequenceItem as SoundSpeedCorrectionMechanismCodeSequenceItem,
)

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "ReferencedImageSequenceItem",
    "SoundSpeedCorrectionMechanismCodeSequenceItem",
]
