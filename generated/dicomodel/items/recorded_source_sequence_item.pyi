"""Item class RecordedSourceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SourceStrengthUnits as SourceStrengthUnits
from dicomodel.enums import SourceTypeTerm as SourceTypeTerm
from dicomodel.items import RecordedSourceSequenceItem as RecordedSourceSequenceItem

__all__ = ["RecordedSourceSequenceItem", "SourceStrengthUnits", "SourceTypeTerm"]
