"""Enumerated Values and Defined Terms of Range Modulator Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RangeModulatorTypeTerm as RangeModulatorTypeTerm

__all__ = ["RangeModulatorTypeTerm"]
