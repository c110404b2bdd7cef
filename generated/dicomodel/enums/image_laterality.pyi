"""Enumerated Values and Defined Terms of Image Laterality.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ImageLaterality as ImageLaterality
from dicomodel.enums import ImageLateralityMammographyImage as ImageLateralityMammographyImage
from dicomodel.enums import (
    ImageLateralityMammographyImageValue as ImageLateralityMammographyImageValue,
)
from dicomodel.enums import (
    ImageLateralityOphthalmicThicknessMap as ImageLateralityOphthalmicThicknessMap,
)
from dicomodel.enums import (
    ImageLateralityOphthalmicThicknessMapValue as ImageLateralityOphthalmicThicknessMapValue,
)
from dicomodel.enums import ImageLateralityValue as ImageLateralityValue

__all__ = [
    "ImageLaterality",
    "ImageLateralityMammographyImage",
    "ImageLateralityMammographyImageValue",
    "ImageLateralityOphthalmicThicknessMap",
    "ImageLateralityOphthalmicThicknessMapValue",
    "ImageLateralityValue",
]
