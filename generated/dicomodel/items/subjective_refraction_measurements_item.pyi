"""Item class SubjectiveRefractionMeasurementsItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import HorizontalPrismBase as HorizontalPrismBase
from dicomodel.enums import VerticalPrismBase as VerticalPrismBase
from dicomodel.items import AddNearSequenceItem as AddIntermediateSequenceItem
from dicomodel.items import AddNearSequenceItem as AddNearSequenceItem
from dicomodel.items import AddNearSequenceItem as AddOtherSequenceItem
from dicomodel.items import CylinderSequenceItem as CylinderSequenceItem
from dicomodel.items import PrismSequenceItem as PrismSequenceItem
from dicomodel.items import (
    SubjectiveRefractionMeasurementsItem as SubjectiveRefractionMeasurementsItem,
)

__all__ = [
    "AddIntermediateSequenceItem",
    "AddNearSequenceItem",
    "AddOtherSequenceItem",
    "CylinderSequenceItem",
    "HorizontalPrismBase",
    "PrismSequenceItem",
    "SubjectiveRefractionMeasurementsItem",
    "VerticalPrismBase",
]
