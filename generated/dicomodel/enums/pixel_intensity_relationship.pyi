"""Enumerated Values and Defined Terms of Pixel Intensity Relationship.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PixelIntensityRelationship as PixelIntensityRelationship
from dicomodel.enums import PixelIntensityRelationshipTerm as PixelIntensityRelationshipTerm
from dicomodel.enums import (
    PixelIntensityRelationshipTermIntravascularOCTProcessingParameters as PixelIntensityRelationshipTermIntravascularOCTProcessingParameters,
)
from dicomodel.enums import (
    PixelIntensityRelationshipTermXRayImage as PixelIntensityRelationshipTermXRayImage,
)
from dicomodel.enums import PixelIntensityRelationshipValue as PixelIntensityRelationshipValue

__all__ = [
    "PixelIntensityRelationship",
    "PixelIntensityRelationshipTerm",
    "PixelIntensityRelationshipTermIntravascularOCTProcessingParameters",
    "PixelIntensityRelationshipTermXRayImage",
    "PixelIntensityRelationshipValue",
]
