"""Enumerated Values and Defined Terms of Ambient Light Value Source.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AmbientLightValueSource as AmbientLightValueSource
from dicomodel.enums import AmbientLightValueSourceValue as AmbientLightValueSourceValue

__all__ = ["AmbientLightValueSource", "AmbientLightValueSourceValue"]
