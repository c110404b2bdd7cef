"""Enumerated Values and Defined Terms of Recognizable Visual Features.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RecognizableVisualFeatures as RecognizableVisualFeatures
from dicomodel.enums import (
    RecognizableVisualFeaturesCornealTopographyMapImage as RecognizableVisualFeaturesCornealTopographyMapImage,
)
from dicomodel.enums import (
    RecognizableVisualFeaturesCornealTopographyMapImageValue as RecognizableVisualFeaturesCornealTopographyMapImageValue,
)
from dicomodel.enums import (
    RecognizableVisualFeaturesIntravascularOCTImage as RecognizableVisualFeaturesIntravascularOCTImage,
)
from dicomodel.enums import (
    RecognizableVisualFeaturesIntravascularOCTImageValue as RecognizableVisualFeaturesIntravascularOCTImageValue,
)
from dicomodel.enums import RecognizableVisualFeaturesValue as RecognizableVisualFeaturesValue

__all__ = [
    "RecognizableVisualFeatures",
    "RecognizableVisualFeaturesCornealTopographyMapImage",
    "RecognizableVisualFeaturesCornealTopographyMapImageValue",
    "RecognizableVisualFeaturesIntravascularOCTImage",
    "RecognizableVisualFeaturesIntravascularOCTImageValue",
    "RecognizableVisualFeaturesValue",
]
