"""Enumerated Values and Defined Terms of Rectification Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RectificationTypeTerm as RectificationTypeTerm

__all__ = ["RectificationTypeTerm"]
