"""Enumerated Values and Defined Terms of Radiation Setting.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RadiationSetting as RadiationSetting
from dicomodel.enums import RadiationSettingValue as RadiationSettingValue

__all__ = ["RadiationSetting", "RadiationSettingValue"]
