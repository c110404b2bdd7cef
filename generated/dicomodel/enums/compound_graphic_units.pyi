"""Enumerated Values and Defined Terms of Compound Graphic Units.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CompoundGraphicUnits as CompoundGraphicUnits
from dicomodel.enums import CompoundGraphicUnitsValue as CompoundGraphicUnitsValue

__all__ = ["CompoundGraphicUnits", "CompoundGraphicUnitsValue"]
