"""Item class MeasuredDoseReferenceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DoseUnits as DoseUnits
from dicomodel.enums import MeasuredDoseTypeTerm as MeasuredDoseTypeTerm
from dicomodel.items import MeasuredDoseReferenceSequenceItem as MeasuredDoseReferenceSequenceItem

__all__ = ["DoseUnits", "MeasuredDoseReferenceSequenceItem", "MeasuredDoseTypeTerm"]
