"""Enumerated Values and Defined Terms of Annotation Clipping.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AnnotationClipping as AnnotationClipping
from dicomodel.enums import AnnotationClippingValue as AnnotationClippingValue

__all__ = ["AnnotationClipping", "AnnotationClippingValue"]
