"""Enumerated Values and Defined Terms of Border Density.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BorderDensityTerm as BorderDensityTerm

__all__ = ["BorderDensityTerm"]
