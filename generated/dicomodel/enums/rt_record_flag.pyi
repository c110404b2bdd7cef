"""Enumerated Values and Defined Terms of RT Record Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RTRecordFlag as RTRecordFlag
from dicomodel.enums import RTRecordFlagValue as RTRecordFlagValue

__all__ = ["RTRecordFlag", "RTRecordFlagValue"]
