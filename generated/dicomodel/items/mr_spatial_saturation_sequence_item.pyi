"""Item class MRSpatialSaturationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import MRSpatialSaturationSequenceItem as MRSpatialSaturationSequenceItem

__all__ = ["MRSpatialSaturationSequenceItem"]
