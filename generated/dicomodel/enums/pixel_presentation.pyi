"""Enumerated Values and Defined Terms of Pixel Presentation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PixelPresentation as PixelPresentation
from dicomodel.enums import (
    PixelPresentationIntravascularOCTImage as PixelPresentationIntravascularOCTImage,
)
from dicomodel.enums import (
    PixelPresentationIntravascularOCTImageValue as PixelPresentationIntravascularOCTImageValue,
)
from dicomodel.enums import (
    PixelPresentationMPRVolumetricPresentationStateDisplay as PixelPresentationMPRVolumetricPresentationStateDisplay,
)
from dicomodel.enums import (
    PixelPresentationMPRVolumetricPresentationStateDisplayValue as PixelPresentationMPRVolumetricPresentationStateDisplayValue,
)
from dicomodel.enums import (
    PixelPresentationOphthalmicThicknessMap as PixelPresentationOphthalmicThicknessMap,
)
from dicomodel.enums import (
    PixelPresentationOphthalmicThicknessMapValue as PixelPresentationOphthalmicThicknessMapValue,
)
from dicomodel.enums import (
    PixelPresentationParametricMapImage as PixelPresentationParametricMapImage,
)
from dicomodel.enums import (
    PixelPresentationParametricMapImageValue as PixelPresentationParametricMapImageValue,
)
from dicomodel.enums import PixelPresentationRenderDisplay as PixelPresentationRenderDisplay
from dicomodel.enums import (
    PixelPresentationRenderDisplayValue as PixelPresentationRenderDisplayValue,
)
from dicomodel.enums import PixelPresentationValue as PixelPresentationValue

__all__ = [
    "PixelPresentation",
    "PixelPresentationIntravascularOCTImage",
    "PixelPresentationIntravascularOCTImageValue",
    "PixelPresentationMPRVolumetricPresentationStateDisplay",
    "PixelPresentationMPRVolumetricPresentationStateDisplayValue",
    "PixelPresentationOphthalmicThicknessMap",
    "PixelPresentationOphthalmicThicknessMapValue",
    "PixelPresentationParametricMapImage",
    "PixelPresentationParametricMapImageValue",
    "PixelPresentationRenderDisplay",
    "PixelPresentationRenderDisplayValue",
    "PixelPresentationValue",
]
