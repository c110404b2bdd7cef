"""Enumerated Values and Defined Terms of Double Exposure Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DoubleExposureFlag as DoubleExposureFlag
from dicomodel.enums import DoubleExposureFlagValue as DoubleExposureFlagValue

__all__ = ["DoubleExposureFlag", "DoubleExposureFlagValue"]
