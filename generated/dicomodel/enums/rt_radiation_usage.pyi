"""Enumerated Values and Defined Terms of RT Radiation Usage.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RTRadiationUsageTerm as RTRadiationUsageTerm

__all__ = ["RTRadiationUsageTerm"]
