"""Enumerated Values and Defined Terms of Range Shifter Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RangeShifterTypeTerm as RangeShifterTypeTerm

__all__ = ["RangeShifterTypeTerm"]
