"""Enumerated Values and Defined Terms of Constant Volume Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ConstantVolumeFlag as ConstantVolumeFlag
from dicomodel.enums import ConstantVolumeFlagValue as ConstantVolumeFlagValue

__all__ = ["ConstantVolumeFlag", "ConstantVolumeFlagValue"]
