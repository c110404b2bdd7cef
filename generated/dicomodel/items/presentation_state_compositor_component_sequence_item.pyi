"""Item class PresentationStateCompositorComponentSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    PresentationStateCompositorComponentSequenceItem as PresentationStateCompositorComponentSequenceItem,
)
from dicomodel.items import (
    WeightingTransferFunctionSequenceItem as WeightingTransferFunctionSequenceItem,
)

__all__ = [
    "PresentationStateCompositorComponentSequenceItem",
    "WeightingTransferFunctionSequenceItem",
]
