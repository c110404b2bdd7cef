"""Enumerated Values and Defined Terms of Conceptual Volume Segmentation Defined Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    ConceptualVolumeSegmentationDefinedFlag as ConceptualVolumeSegmentationDefinedFlag,
)
from dicomodel.enums import (
    ConceptualVolumeSegmentationDefinedFlagValue as ConceptualVolumeSegmentationDefinedFlagValue,
)

__all__ = [
    "ConceptualVolumeSegmentationDefinedFlag",
    "ConceptualVolumeSegmentationDefinedFlagValue",
]
