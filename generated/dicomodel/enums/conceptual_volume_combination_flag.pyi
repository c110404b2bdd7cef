"""Enumerated Values and Defined Terms of Conceptual Volume Combination Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ConceptualVolumeCombinationFlag as ConceptualVolumeCombinationFlag
from dicomodel.enums import (
    ConceptualVolumeCombinationFlagValue as ConceptualVolumeCombinationFlagValue,
)

__all__ = ["ConceptualVolumeCombinationFlag", "ConceptualVolumeCombinationFlagValue"]
