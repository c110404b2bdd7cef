"""Enumerated Values and Defined Terms of White Point Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import WhitePointFlag as WhitePointFlag
from dicomodel.enums import WhitePointFlagValue as WhitePointFlagValue

__all__ = ["WhitePointFlag", "WhitePointFlagValue"]
