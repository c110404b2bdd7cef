"""Enumerated Values and Defined Terms of Spatial Transform of Dose.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SpatialTransformOfDoseTerm as SpatialTransformOfDoseTerm

__all__ = ["SpatialTransformOfDoseTerm"]
