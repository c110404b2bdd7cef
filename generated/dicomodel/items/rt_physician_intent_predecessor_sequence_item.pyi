"""Item class RTPhysicianIntentPredecessorSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    RTPhysicianIntentPredecessorSequenceItem as RTPhysicianIntentPredecessorSequenceItem,
)

__all__ = ["RTPhysicianIntentPredecessorSequenceItem"]
