"""Enumerated Values and Defined Terms of Verification Image Timing.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import VerificationImageTiming as VerificationImageTiming
from dicomodel.enums import VerificationImageTimingValue as VerificationImageTimingValue

__all__ = ["VerificationImageTiming", "VerificationImageTimingValue"]
