"""Item class OperatingModeSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import OperatingModeTerm as OperatingModeTerm
from dicomodel.enums import OperatingModeTypeTerm as OperatingModeTypeTerm
from dicomodel.items import OperatingModeSequenceItem as OperatingModeSequenceItem

__all__ = ["OperatingModeSequenceItem", "OperatingModeTerm", "OperatingModeTypeTerm"]
