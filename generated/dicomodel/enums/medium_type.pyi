"""Enumerated Values and Defined Terms of Medium Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MediumTypeTerm as MediumTypeTerm

__all__ = ["MediumTypeTerm"]
