"""Enumerated Values and Defined Terms of Show Graphic Annotation Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ShowGraphicAnnotationFlag as ShowGraphicAnnotationFlag
from dicomodel.enums import ShowGraphicAnnotationFlagValue as ShowGraphicAnnotationFlagValue

__all__ = ["ShowGraphicAnnotationFlag", "ShowGraphicAnnotationFlagValue"]
