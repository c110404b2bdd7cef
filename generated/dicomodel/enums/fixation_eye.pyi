"""Enumerated Values and Defined Terms of Fixation Eye.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FixationEye as FixationEye
from dicomodel.enums import FixationEyeValue as FixationEyeValue

__all__ = ["FixationEye", "FixationEyeValue"]
