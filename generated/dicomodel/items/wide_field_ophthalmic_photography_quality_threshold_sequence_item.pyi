"""Item class WideFieldOphthalmicPhotographyQualityThresholdSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    WideFieldOphthalmicPhotographyQualityThresholdSequenceItem as WideFieldOphthalmicPhotographyQualityThresholdSequenceItem,
)

__all__ = ["WideFieldOphthalmicPhotographyQualityThresholdSequenceItem"]
