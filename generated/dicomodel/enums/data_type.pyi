"""Enumerated Values and Defined Terms of Data Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DataTypeTerm as DataTypeTerm

__all__ = ["DataTypeTerm"]
