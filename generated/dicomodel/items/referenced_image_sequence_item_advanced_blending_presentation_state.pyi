"""Item class ReferencedImageSequenceItemAdvancedBlendingPresentationState.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedImageSequenceItemAdvancedBlendingPresentationState as ReferencedImageSequenceItemAdvancedBlendingPresentationState,
)

__all__ = ["ReferencedImageSequenceItemAdvancedBlendingPresentationState"]
