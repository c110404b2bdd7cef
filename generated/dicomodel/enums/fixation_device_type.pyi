"""Enumerated Values and Defined Terms of Fixation Device Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FixationDeviceType as FixationDeviceType
from dicomodel.enums import FixationDeviceTypeTerm as FixationDeviceTypeTerm
from dicomodel.enums import FixationDeviceTypeValue as FixationDeviceTypeValue

__all__ = ["FixationDeviceType", "FixationDeviceTypeTerm", "FixationDeviceTypeValue"]
