"""Enumerated Values and Defined Terms of Ophthalmic Volumetric Properties Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import OphthalmicVolumetricPropertiesFlag as OphthalmicVolumetricPropertiesFlag
from dicomodel.enums import (
    OphthalmicVolumetricPropertiesFlagValue as OphthalmicVolumetricPropertiesFlagValue,
)

__all__ = ["OphthalmicVolumetricPropertiesFlag", "OphthalmicVolumetricPropertiesFlagValue"]
