"""Item class ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import BeamSequenceItem as ReferencedBeamSequenceItem
from dicomodel.items import (
    ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference as ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference,
)

__all__ = [
    "ReferencedBeamSequenceItem",
    "ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference",
]
