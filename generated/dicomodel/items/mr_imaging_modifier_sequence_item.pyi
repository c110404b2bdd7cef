"""Item class MRImagingModifierSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BloodSignalNulling as BloodSignalNulling
from dicomodel.enums import MagnetizationTransfer as MagnetizationTransfer
from dicomodel.enums import TaggingTerm as TaggingTerm
from dicomodel.items import MRImagingModifierSequenceItem as MRImagingModifierSequenceItem

__all__ = [
    "BloodSignalNulling",
    "MRImagingModifierSequenceItem",
    "MagnetizationTransfer",
    "TaggingTerm",
]
