"""Enumerated Values and Defined Terms of Variable Flip Angle Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import VariableFlipAngleFlag as VariableFlipAngleFlag
from dicomodel.enums import VariableFlipAngleFlagValue as VariableFlipAngleFlagValue

__all__ = ["VariableFlipAngleFlag", "VariableFlipAngleFlagValue"]
