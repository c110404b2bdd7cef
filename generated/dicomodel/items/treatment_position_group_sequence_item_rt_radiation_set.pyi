"""Item class TreatmentPositionGroupSequenceItemRTRadiationSet.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import SOPInstanceReferenceItem as ReferencedRTRadiationSequenceItem
from dicomodel.items import (
    TreatmentPositionGroupSequenceItemRTRadiationSet as TreatmentPositionGroupSequenceItemRTRadiationSet,
)

__all__ = ["ReferencedRTRadiationSequenceItem", "TreatmentPositionGroupSequenceItemRTRadiationSet"]
