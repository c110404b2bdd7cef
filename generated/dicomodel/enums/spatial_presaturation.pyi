"""Enumerated Values and Defined Terms of Spatial Pre-saturation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SpatialPresaturationTerm as SpatialPresaturationTerm

__all__ = ["SpatialPresaturationTerm"]
