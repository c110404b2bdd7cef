"""Item class PixelValueTransformationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RescaleType as RescaleType
from dicomodel.items import (
    PixelValueTransformationSequenceItem as PixelValueTransformationSequenceItem,
)

__all__ = ["PixelValueTransformationSequenceItem", "RescaleType"]
