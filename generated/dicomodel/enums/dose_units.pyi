"""Enumerated Values and Defined Terms of Dose Units.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DoseUnits as DoseUnits
from dicomodel.enums import DoseUnitsValue as DoseUnitsValue

__all__ = ["DoseUnits", "DoseUnitsValue"]
