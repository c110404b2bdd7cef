"""Enumerated Values and Defined Terms of Autosequence Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AutosequenceFlag as AutosequenceFlag
from dicomodel.enums import AutosequenceFlagValue as AutosequenceFlagValue

__all__ = ["AutosequenceFlag", "AutosequenceFlagValue"]
