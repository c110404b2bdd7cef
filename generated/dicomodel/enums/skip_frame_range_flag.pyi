"""Enumerated Values and Defined Terms of Skip Frame Range Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SkipFrameRangeFlagTerm as SkipFrameRangeFlagTerm

__all__ = ["SkipFrameRangeFlagTerm"]
