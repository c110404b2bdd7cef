"""Enumerated Values and Defined Terms of Completion Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CompletionFlag as CompletionFlag
from dicomodel.enums import CompletionFlagValue as CompletionFlagValue

__all__ = ["CompletionFlag", "CompletionFlagValue"]
