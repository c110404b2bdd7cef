"""Enumerated Values and Defined Terms of Radiation Mode.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RadiationMode as RadiationMode
from dicomodel.enums import RadiationModeTerm as RadiationModeTerm
from dicomodel.enums import RadiationModeValue as RadiationModeValue

__all__ = ["RadiationMode", "RadiationModeTerm", "RadiationModeValue"]
