"""Item class ContourSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContourGeometricType as ContourGeometricType
from dicomodel.items import ContourSequenceItem as ContourSequenceItem
from dicomodel.items import ImageSOPInstanceReferenceItem as ContourImageSequenceItem

__all__ = ["ContourGeometricType", "ContourImageSequenceItem", "ContourSequenceItem"]
