"""Enumerated Values and Defined Terms of Registered Localizer Units.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RegisteredLocalizerUnits as RegisteredLocalizerUnits
from dicomodel.enums import RegisteredLocalizerUnitsValue as RegisteredLocalizerUnitsValue

__all__ = ["RegisteredLocalizerUnits", "RegisteredLocalizerUnitsValue"]
