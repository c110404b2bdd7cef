"""Enumerated Values and Defined Terms of Contour Geometric Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContourGeometricType as ContourGeometricType
from dicomodel.enums import ContourGeometricTypeValue as ContourGeometricTypeValue

__all__ = ["ContourGeometricType", "ContourGeometricTypeValue"]
