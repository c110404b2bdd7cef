"""Enumerated Values and Defined Terms of Outline Shape Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import OutlineShapeType as OutlineShapeType
from dicomodel.enums import OutlineShapeTypeValue as OutlineShapeTypeValue

__all__ = ["OutlineShapeType", "OutlineShapeTypeValue"]
