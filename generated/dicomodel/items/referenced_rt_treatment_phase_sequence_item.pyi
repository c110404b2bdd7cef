"""Item class ReferencedRTTreatmentPhaseSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedRTTreatmentPhaseSequenceItem as ReferencedRTTreatmentPhaseSequenceItem,
)

__all__ = ["ReferencedRTTreatmentPhaseSequenceItem"]
