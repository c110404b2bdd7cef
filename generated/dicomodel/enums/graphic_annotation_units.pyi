"""Enumerated Values and Defined Terms of Graphic Annotation Units.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import GraphicAnnotationUnits as GraphicAnnotationUnits
from dicomodel.enums import GraphicAnnotationUnitsValue as GraphicAnnotationUnitsValue

__all__ = ["GraphicAnnotationUnits", "GraphicAnnotationUnitsValue"]
