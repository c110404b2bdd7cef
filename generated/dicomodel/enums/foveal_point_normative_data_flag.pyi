"""Enumerated Values and Defined Terms of Foveal Point Normative Data Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FovealPointNormativeDataFlag as FovealPointNormativeDataFlag
from dicomodel.enums import FovealPointNormativeDataFlagValue as FovealPointNormativeDataFlagValue

__all__ = ["FovealPointNormativeDataFlag", "FovealPointNormativeDataFlagValue"]
