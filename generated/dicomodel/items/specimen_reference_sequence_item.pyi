"""Item class SpecimenReferenceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import SpecimenReferenceSequenceItem as SpecimenReferenceSequenceItem

__all__ = ["SpecimenReferenceSequenceItem"]
