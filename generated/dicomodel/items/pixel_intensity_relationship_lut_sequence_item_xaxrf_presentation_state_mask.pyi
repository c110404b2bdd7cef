"""Item class PixelIntensityRelationshipLUTSequenceItemXAXRFPresentationStateMask.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import LUTFunction as LUTFunction
from dicomodel.items import (
    PixelIntensityRelationshipLUTSequenceItemXAXRFPresentationStateMask as PixelIntensityRelationshipLUTSequenceItemXAXRFPresentationStateMask,
)

__all__ = ["LUTFunction", "PixelIntensityRelationshipLUTSequenceItemXAXRFPresentationStateMask"]
