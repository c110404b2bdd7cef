"""Item class MaskSubtractionSequenceItemXAXRFPresentationStateMask.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import LUTFunction as LUTFunction
from dicomodel.enums import MaskOperationTerm as MaskOperationTerm
from dicomodel.items import (
    MaskSubtractionSequenceItemXAXRFPresentationStateMask as MaskSubtractionSequenceItemXAXRFPresentationStateMask,
)
from dicomodel.items import (
    PixelIntensityRelationshipLUTSequenceItemXAXRFPresentationStateMask as PixelIntensityRelationshipLUTSequenceItem,
)
from dicomodel.items import PixelShiftSequenceItem as PixelShiftSequenceItem
from dicomodel.items import RegionPixelShiftSequenceItem as RegionPixelShiftSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedImageSequenceItem

__all__ = [
    "LUTFunction",
    "MaskOperationTerm",
    "MaskSubtractionSequenceItemXAXRFPresentationStateMask",
    "PixelIntensityRelationshipLUTSequenceItem",
    "PixelShiftSequenceItem",
    "ReferencedImageSequenceItem",
    "RegionPixelShiftSequenceItem",
]
