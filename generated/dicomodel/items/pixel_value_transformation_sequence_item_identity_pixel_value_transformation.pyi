"""Item class PixelValueTransformationSequenceItemIdentityPixelValueTransformation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RescaleType as RescaleType
from dicomodel.items import (
    PixelValueTransformationSequenceItemIdentityPixelValueTransformation as PixelValueTransformationSequenceItemIdentityPixelValueTransformation,
)

__all__ = ["PixelValueTransformationSequenceItemIdentityPixelValueTransformation", "RescaleType"]
