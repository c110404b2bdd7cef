"""Enumerated Values and Defined Terms of Font Name Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FontNameTypeTerm as FontNameTypeTerm

__all__ = ["FontNameTypeTerm"]
