"""Enumerated Values and Defined Terms of Coding Scheme URL Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CodingSchemeURLTypeTerm as CodingSchemeURLTypeTerm

__all__ = ["CodingSchemeURLTypeTerm"]
