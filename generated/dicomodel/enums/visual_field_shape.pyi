"""Enumerated Values and Defined Terms of Visual Field Shape.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import VisualFieldShapeTerm as VisualFieldShapeTerm

__all__ = ["VisualFieldShapeTerm"]
