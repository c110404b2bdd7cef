"""Enumerated Values and Defined Terms of Background Color.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BackgroundColorTerm as BackgroundColorTerm

__all__ = ["BackgroundColorTerm"]
