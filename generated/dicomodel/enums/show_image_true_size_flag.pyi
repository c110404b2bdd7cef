"""Enumerated Values and Defined Terms of Show Image True Size Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ShowImageTrueSizeFlag as ShowImageTrueSizeFlag
from dicomodel.enums import ShowImageTrueSizeFlagValue as ShowImageTrueSizeFlagValue

__all__ = ["ShowImageTrueSizeFlag", "ShowImageTrueSizeFlagValue"]
