"""Enumerated Values and Defined Terms of Operating Mode Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import OperatingModeTypeTerm as OperatingModeTypeTerm

__all__ = ["OperatingModeTypeTerm"]
