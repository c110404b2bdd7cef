"""Item class ReferencedRTRadiationSetSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedRTRadiationSetSequenceItem as ReferencedRTRadiationSetSequenceItem,
)
from dicomodel.items import SOPInstanceReferenceItem as ReferencedRTRadiationSequenceItem
from dicomodel.items import TreatmentPositionGroupSequenceItem as TreatmentPositionGroupSequenceItem

__all__ = [
    "ReferencedRTRadiationSequenceItem",
    "ReferencedRTRadiationSetSequenceItem",
    "TreatmentPositionGroupSequenceItem",
]
