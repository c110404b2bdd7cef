"""Enumerated Values and Defined Terms of Verification Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import VerificationFlag as VerificationFlag
from dicomodel.enums import VerificationFlagValue as VerificationFlagValue

__all__ = ["VerificationFlag", "VerificationFlagValue"]
