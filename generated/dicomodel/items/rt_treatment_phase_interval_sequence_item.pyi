"""Item class RTTreatmentPhaseIntervalSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TemporalRelationshipIntervalAnchor as TemporalRelationshipIntervalAnchor
from dicomodel.items import (
    RTTreatmentPhaseIntervalSequenceItem as RTTreatmentPhaseIntervalSequenceItem,
)

__all__ = ["RTTreatmentPhaseIntervalSequenceItem", "TemporalRelationshipIntervalAnchor"]
