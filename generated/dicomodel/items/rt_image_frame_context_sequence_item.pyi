"""Item class RTImageFrameContextSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import BeamSequenceItem as BeamSequenceItem
from dicomodel.items import ReferencedRTPlanSequenceItem as ReferencedRTPlanSequenceItem
from dicomodel.items import (
    ReferencedRTRadiationSetSequenceItem as ReferencedRTRadiationSetSequenceItem,
)
from dicomodel.items import RTImageFrameContextSequenceItem as RTImageFrameContextSequenceItem
from dicomodel.items import RTPatientPositionScopeWithLegacySupportItem as RTImageScopeSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedRTRadiationSequenceItem
from dicomodel.items import TreatmentPositionGroupSequenceItem as TreatmentPositionGroupSequenceItem

__all__ = [
    "BeamSequenceItem",
    "RTImageFrameContextSequenceItem",
    "RTImageScopeSequenceItem",
    "ReferencedRTPlanSequenceItem",
    "ReferencedRTRadiationSequenceItem",
    "ReferencedRTRadiationSetSequenceItem",
    "TreatmentPositionGroupSequenceItem",
]
