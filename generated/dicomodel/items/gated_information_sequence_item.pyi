"""Item class GatedInformationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CardiacFramingTypeTerm as CardiacFramingTypeTerm
from dicomodel.items import DataInformationSequenceItem as DataInformationSequenceItem
from dicomodel.items import GatedInformationSequenceItem as GatedInformationSequenceItem
from dicomodel.items import TimeSlotInformationSequenceItem as TimeSlotInformationSequenceItem

__all__ = [
    "CardiacFramingTypeTerm",
    "DataInformationSequenceItem",
    "GatedInformationSequenceItem",
    "TimeSlotInformationSequenceItem",
]
