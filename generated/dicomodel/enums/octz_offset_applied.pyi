"""Enumerated Values and Defined Terms of OCT Z Offset Applied.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import OCTZOffsetApplied as OCTZOffsetApplied
from dicomodel.enums import OCTZOffsetAppliedValue as OCTZOffsetAppliedValue

__all__ = ["OCTZOffsetApplied", "OCTZOffsetAppliedValue"]
