"""Enumerated Values and Defined Terms of Empty Image Density.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import EmptyImageDensityTerm as EmptyImageDensityTerm

__all__ = ["EmptyImageDensityTerm"]
