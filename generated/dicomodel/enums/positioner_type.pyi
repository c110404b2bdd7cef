"""Enumerated Values and Defined Terms of Positioner Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PositionerType as PositionerType
from dicomodel.enums import (
    PositionerTypeEnhancedMammographyImage as PositionerTypeEnhancedMammographyImage,
)
from dicomodel.enums import (
    PositionerTypeEnhancedMammographyImageValue as PositionerTypeEnhancedMammographyImageValue,
)
from dicomodel.enums import PositionerTypeIntraOralImage as PositionerTypeIntraOralImage
from dicomodel.enums import PositionerTypeIntraOralImageValue as PositionerTypeIntraOralImageValue
from dicomodel.enums import PositionerTypeTerm as PositionerTypeTerm
from dicomodel.enums import PositionerTypeTermXAXRFAcquisition as PositionerTypeTermXAXRFAcquisition
from dicomodel.enums import PositionerTypeValue as PositionerTypeValue

__all__ = [
    "PositionerType",
    "PositionerTypeEnhancedMammographyImage",
    "PositionerTypeEnhancedMammographyImageValue",
    "PositionerTypeIntraOralImage",
    "PositionerTypeIntraOralImageValue",
    "PositionerTypeTerm",
    "PositionerTypeTermXAXRFAcquisition",
    "PositionerTypeValue",
]
