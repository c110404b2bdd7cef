"""Enumerated Values and Defined Terms of Source Strength Units.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SourceStrengthUnits as SourceStrengthUnits
from dicomodel.enums import SourceStrengthUnitsValue as SourceStrengthUnitsValue

__all__ = ["SourceStrengthUnits", "SourceStrengthUnitsValue"]
