"""Enumerated Values and Defined Terms of Gradient Output Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import GradientOutputTypeTerm as GradientOutputTypeTerm

__all__ = ["GradientOutputTypeTerm"]
