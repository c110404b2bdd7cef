"""Enumerated Values and Defined Terms of Color Space.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ColorSpaceTerm as ColorSpaceTerm

__all__ = ["ColorSpaceTerm"]
