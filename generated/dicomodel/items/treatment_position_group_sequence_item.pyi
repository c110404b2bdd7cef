"""Item class TreatmentPositionGroupSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import TreatmentPositionGroupSequenceItem as TreatmentPositionGroupSequenceItem

__all__ = ["TreatmentPositionGroupSequenceItem"]
