"""Enumerated Values and Defined Terms of Preliminary Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PreliminaryFlag as PreliminaryFlag
from dicomodel.enums import PreliminaryFlagValue as PreliminaryFlagValue

__all__ = ["PreliminaryFlag", "PreliminaryFlagValue"]
