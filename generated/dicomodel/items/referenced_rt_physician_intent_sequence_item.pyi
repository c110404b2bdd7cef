"""Item class ReferencedRTPhysicianIntentSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedRTPhysicianIntentSequenceItem as ReferencedRTPhysicianIntentSequenceItem,
)
from dicomodel.items import (
    ReferencedRTPrescriptionSequenceItem as ReferencedRTPrescriptionSequenceItem,
)

__all__ = ["ReferencedRTPhysicianIntentSequenceItem", "ReferencedRTPrescriptionSequenceItem"]
