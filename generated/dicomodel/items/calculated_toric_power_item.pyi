"""Item class CalculatedToricPowerItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import CalculatedToricPowerItem as CalculatedToricPowerItem

__all__ = ["CalculatedToricPowerItem"]
