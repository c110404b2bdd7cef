"""Enumerated Values and Defined Terms of Illumination Translation Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import IlluminationTranslationFlag as IlluminationTranslationFlag
from dicomodel.enums import IlluminationTranslationFlagValue as IlluminationTranslationFlagValue

__all__ = ["IlluminationTranslationFlag", "IlluminationTranslationFlagValue"]
