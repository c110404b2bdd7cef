"""Enumerated Values and Defined Terms of Geometrical Properties.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import GeometricalProperties as GeometricalProperties
from dicomodel.enums import GeometricalPropertiesValue as GeometricalPropertiesValue

__all__ = ["GeometricalProperties", "GeometricalPropertiesValue"]
