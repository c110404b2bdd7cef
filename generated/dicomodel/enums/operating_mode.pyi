"""Enumerated Values and Defined Terms of Operating Mode.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import OperatingModeTerm as OperatingModeTerm

__all__ = ["OperatingModeTerm"]
