"""Enumerated Values and Defined Terms of Radiation Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RadiationType as RadiationType
from dicomodel.enums import RadiationTypeTerm as RadiationTypeTerm
from dicomodel.enums import RadiationTypeTermRTIonBeams as RadiationTypeTermRTIonBeams
from dicomodel.enums import RadiationTypeValue as RadiationTypeValue

__all__ = [
    "RadiationType",
    "RadiationTypeTerm",
    "RadiationTypeTermRTIonBeams",
    "RadiationTypeValue",
]
