"""Enumerated Values and Defined Terms of Presented Visual Stimuli Data Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PresentedVisualStimuliDataFlag as PresentedVisualStimuliDataFlag
from dicomodel.enums import (
    PresentedVisualStimuliDataFlagValue as PresentedVisualStimuliDataFlagValue,
)

__all__ = ["PresentedVisualStimuliDataFlag", "PresentedVisualStimuliDataFlagValue"]
