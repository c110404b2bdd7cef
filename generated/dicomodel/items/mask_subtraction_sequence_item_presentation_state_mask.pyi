"""Item class MaskSubtractionSequenceItemPresentationStateMask.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MaskOperation as MaskOperation
from dicomodel.items import (
    MaskSubtractionSequenceItemPresentationStateMask as MaskSubtractionSequenceItemPresentationStateMask,
)

__all__ = ["MaskOperation", "MaskSubtractionSequenceItemPresentationStateMask"]
