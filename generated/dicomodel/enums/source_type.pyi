"""Enumerated Values and Defined Terms of Source Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SourceTypeTerm as SourceTypeTerm

__all__ = ["SourceTypeTerm"]
