"""Enumerated Values and Defined Terms of Magnification Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MagnificationTypeTerm as MagnificationTypeTerm

__all__ = ["MagnificationTypeTerm"]
