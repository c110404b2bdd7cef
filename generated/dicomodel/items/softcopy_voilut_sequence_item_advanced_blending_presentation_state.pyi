"""Item class SoftcopyVOILUTSequenceItemAdvancedBlendingPresentationState.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import VOILUTFunctionTerm as VOILUTFunctionTerm
from dicomodel.items import (
    ReferencedImageSequenceItemAdvancedBlendingPresentationState2 as ReferencedImageSequenceItem,
)
from dicomodel.items import (
    SoftcopyVOILUTSequenceItemAdvancedBlendingPresentationState as SoftcopyVOILUTSequenceItemAdvancedBlendingPresentationState,
)
from dicomodel.items import VOILUTSequenceItem as VOILUTSequenceItem

__all__ = [
    "ReferencedImageSequenceItem",
    "SoftcopyVOILUTSequenceItemAdvancedBlendingPresentationState",
    "VOILUTFunctionTerm",
    "VOILUTSequenceItem",
]
