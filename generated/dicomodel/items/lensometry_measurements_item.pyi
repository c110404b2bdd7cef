"""Item class LensometryMeasurementsItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import HorizontalPrismBase as HorizontalPrismBase
from dicomodel.enums import LensSegmentType as LensSegmentType
from dicomodel.enums import VerticalPrismBase as VerticalPrismBase
from dicomodel.items import AddNearSequenceItem as AddIntermediateSequenceItem
from dicomodel.items import AddNearSequenceItem as AddNearSequenceItem
from dicomodel.items import CylinderSequenceItem as CylinderSequenceItem
from dicomodel.items import LensometryMeasurementsItem as LensometryMeasurementsItem
from dicomodel.items import PrismSequenceItem as PrismSequenceItem

__all__ = [
    "AddIntermediateSequenceItem",
    "AddNearSequenceItem",
    "CylinderSequenceItem",
    "HorizontalPrismBase",
    "LensSegmentType",
    "LensometryMeasurementsItem",
    "PrismSequenceItem",
    "VerticalPrismBase",
]
