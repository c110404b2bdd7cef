"""Item class PixelValueTransformationSequenceItemCTPixelValueTransformation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RescaleTypeTerm as RescaleTypeTerm
from dicomodel.items import (
    PixelValueTransformationSequenceItemCTPixelValueTransformation as PixelValueTransformationSequenceItemCTPixelValueTransformation,
)

__all__ = ["PixelValueTransformationSequenceItemCTPixelValueTransformation", "RescaleTypeTerm"]
