"""Enumerated Values and Defined Terms of Shape Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ShapeTypeTerm as ShapeTypeTerm

__all__ = ["ShapeTypeTerm"]
