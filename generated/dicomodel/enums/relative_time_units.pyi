"""Enumerated Values and Defined Terms of Relative Time Units.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RelativeTimeUnits as RelativeTimeUnits
from dicomodel.enums import RelativeTimeUnitsValue as RelativeTimeUnitsValue

__all__ = ["RelativeTimeUnits", "RelativeTimeUnitsValue"]
