"""Item class StereoPairsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ImageSOPInstanceReferenceItem as LeftImageSequenceItem
from dicomodel.items import ImageSOPInstanceReferenceItem as RightImageSequenceItem
from dicomodel.items import StereoPairsSequenceItem as StereoPairsSequenceItem

__all__ = ["LeftImageSequenceItem", "RightImageSequenceItem", "StereoPairsSequenceItem"]
