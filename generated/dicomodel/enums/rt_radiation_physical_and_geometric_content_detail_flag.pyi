"""Enumerated Values and Defined Terms of RT Radiation Physical and Geometric Content Detail Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    RTRadiationPhysicalAndGeometricContentDetailFlag as RTRadiationPhysicalAndGeometricContentDetailFlag,
)
from dicomodel.enums import (
    RTRadiationPhysicalAndGeometricContentDetailFlagValue as RTRadiationPhysicalAndGeometricContentDetailFlagValue,
)

__all__ = [
    "RTRadiationPhysicalAndGeometricContentDetailFlag",
    "RTRadiationPhysicalAndGeometricContentDetailFlagValue",
]
