"""Item class ReferencedTreatmentRecordSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import BeamSequenceItem as ReferencedBeamSequenceItem
from dicomodel.items import (
    ReferencedTreatmentRecordSequenceItem as ReferencedTreatmentRecordSequenceItem,
)

__all__ = ["ReferencedBeamSequenceItem", "ReferencedTreatmentRecordSequenceItem"]
