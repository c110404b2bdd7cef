"""Enumerated Values and Defined Terms of Light Source Polarization.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import LightSourcePolarization as LightSourcePolarization
from dicomodel.enums import LightSourcePolarizationValue as LightSourcePolarizationValue

__all__ = ["LightSourcePolarization", "LightSourcePolarizationValue"]
