"""Item class PrimaryFluenceModeSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FluenceMode as FluenceMode
from dicomodel.items import PrimaryFluenceModeSequenceItem as PrimaryFluenceModeSequenceItem

__all__ = ["FluenceMode", "PrimaryFluenceModeSequenceItem"]
