"""Enumerated Values and Defined Terms of Gantry Motion Corrected.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import GantryMotionCorrected as GantryMotionCorrected
from dicomodel.enums import GantryMotionCorrectedValue as GantryMotionCorrectedValue

__all__ = ["GantryMotionCorrected", "GantryMotionCorrectedValue"]
