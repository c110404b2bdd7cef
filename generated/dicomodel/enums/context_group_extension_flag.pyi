"""Enumerated Values and Defined Terms of Context Group Extension Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import ContextGroupExtensionFlagValue as ContextGroupExtensionFlagValue

__all__ = ["ContextGroupExtensionFlag", "ContextGroupExtensionFlagValue"]
