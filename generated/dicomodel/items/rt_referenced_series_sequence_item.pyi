"""Item class RTReferencedSeriesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ImageSOPInstanceReferenceItem as ContourImageSequenceItem
from dicomodel.items import RTReferencedSeriesSequenceItem as RTReferencedSeriesSequenceItem

__all__ = ["ContourImageSequenceItem", "RTReferencedSeriesSequenceItem"]
