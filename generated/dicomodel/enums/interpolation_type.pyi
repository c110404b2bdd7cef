"""Enumerated Values and Defined Terms of Interpolation Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import InterpolationTypeTerm as InterpolationTypeTerm

__all__ = ["InterpolationTypeTerm"]
