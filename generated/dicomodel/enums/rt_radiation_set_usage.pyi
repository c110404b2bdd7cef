"""Enumerated Values and Defined Terms of RT Radiation Set Usage.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RTRadiationSetUsageTerm as RTRadiationSetUsageTerm

__all__ = ["RTRadiationSetUsageTerm"]
