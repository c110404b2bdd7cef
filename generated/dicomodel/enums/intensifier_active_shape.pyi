"""Enumerated Values and Defined Terms of Intensifier Active Shape.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import IntensifierActiveShape as IntensifierActiveShape
from dicomodel.enums import IntensifierActiveShapeValue as IntensifierActiveShapeValue

__all__ = ["IntensifierActiveShape", "IntensifierActiveShapeValue"]
