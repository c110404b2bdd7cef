"""Item class ROIElementalCompositionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ROIElementalCompositionSequenceItem as ROIElementalCompositionSequenceItem,
)

__all__ = ["ROIElementalCompositionSequenceItem"]
