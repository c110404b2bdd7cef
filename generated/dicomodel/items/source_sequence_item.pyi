"""Item class SourceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SourceStrengthUnits as SourceStrengthUnits
from dicomodel.enums import SourceTypeTerm as SourceTypeTerm
from dicomodel.items import SourceSequenceItem as SourceSequenceItem

__all__ = ["SourceSequenceItem", "SourceStrengthUnits", "SourceTypeTerm"]
