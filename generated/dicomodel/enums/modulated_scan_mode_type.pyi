"""Enumerated Values and Defined Terms of Modulated Scan Mode Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ModulatedScanModeTypeTerm as ModulatedScanModeTypeTerm

__all__ = ["ModulatedScanModeTypeTerm"]
