"""Item class ReferencedImageSequenceItemAdvancedBlendingPresentationState2.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedImageSequenceItemAdvancedBlendingPresentationState2 as ReferencedImageSequenceItemAdvancedBlendingPresentationState2,
)

__all__ = ["ReferencedImageSequenceItemAdvancedBlendingPresentationState2"]
