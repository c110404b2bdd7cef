"""Enumerated Values and Defined Terms of Depth Value Averaging Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DepthValueAveragingFlag as DepthValueAveragingFlag
from dicomodel.enums import DepthValueAveragingFlagValue as DepthValueAveragingFlagValue

__all__ = ["DepthValueAveragingFlag", "DepthValueAveragingFlagValue"]
