"""Enumerated Values and Defined Terms of Slice Progression Direction.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SliceProgressionDirection as SliceProgressionDirection
from dicomodel.enums import (
    SliceProgressionDirectionNMReconstruction as SliceProgressionDirectionNMReconstruction,
)
from dicomodel.enums import (
    SliceProgressionDirectionNMReconstructionValue as SliceProgressionDirectionNMReconstructionValue,
)
from dicomodel.enums import SliceProgressionDirectionValue as SliceProgressionDirectionValue

__all__ = [
    "SliceProgressionDirection",
    "SliceProgressionDirectionNMReconstruction",
    "SliceProgressionDirectionNMReconstructionValue",
    "SliceProgressionDirectionValue",
]
