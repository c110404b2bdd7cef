"""Enumerated Values and Defined Terms of Beat Rejection Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BeatRejectionFlag as BeatRejectionFlag
from dicomodel.enums import BeatRejectionFlagValue as BeatRejectionFlagValue

__all__ = ["BeatRejectionFlag", "BeatRejectionFlagValue"]
