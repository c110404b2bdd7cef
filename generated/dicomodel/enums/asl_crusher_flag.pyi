"""Enumerated Values and Defined Terms of ASL Crusher Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ASLCrusherFlag as ASLCrusherFlag
from dicomodel.enums import ASLCrusherFlagValue as ASLCrusherFlagValue

__all__ = ["ASLCrusherFlag", "ASLCrusherFlagValue"]
