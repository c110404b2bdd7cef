"""Enumerated Values and Defined Terms of Table Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TableTypeTerm as TableTypeTerm

__all__ = ["TableTypeTerm"]
