"""Enumerated Values and Defined Terms of Bounding Box Annotation Units.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BoundingBoxAnnotationUnits as BoundingBoxAnnotationUnits
from dicomodel.enums import BoundingBoxAnnotationUnitsValue as BoundingBoxAnnotationUnitsValue

__all__ = ["BoundingBoxAnnotationUnits", "BoundingBoxAnnotationUnitsValue"]
