"""Enumerated Values and Defined Terms of Annotation Coordinate Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AnnotationCoordinateType as AnnotationCoordinateType
from dicomodel.enums import AnnotationCoordinateTypeValue as AnnotationCoordinateTypeValue

__all__ = ["AnnotationCoordinateType", "AnnotationCoordinateTypeValue"]
