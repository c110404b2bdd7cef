"""Item class PixelIntensityRelationshipLUTSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import LUTFunctionTerm as LUTFunctionTerm
from dicomodel.items import (
    PixelIntensityRelationshipLUTSequenceItem as PixelIntensityRelationshipLUTSequenceItem,
)

__all__ = ["LUTFunctionTerm", "PixelIntensityRelationshipLUTSequenceItem"]
