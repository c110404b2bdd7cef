"""Item class ROIPhysicalPropertiesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ROIPhysicalPropertyTerm as ROIPhysicalPropertyTerm
from dicomodel.items import (
    ROIElementalCompositionSequenceItem as ROIElementalCompositionSequenceItem,
)
from dicomodel.items import ROIPhysicalPropertiesSequenceItem as ROIPhysicalPropertiesSequenceItem

__all__ = [
    "ROIElementalCompositionSequenceItem",
    "ROIPhysicalPropertiesSequenceItem",
    "ROIPhysicalPropertyTerm",
]
