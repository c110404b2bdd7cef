"""Enumerated Values and Defined Terms of High-Dose Technique Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import HighDoseTechniqueTypeTerm as HighDoseTechniqueTypeTerm

__all__ = ["HighDoseTechniqueTypeTerm"]
