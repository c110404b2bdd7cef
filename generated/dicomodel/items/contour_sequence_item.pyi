"""Item class ContourSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContourGeometricType as ContourGeometricType
from dicomodel.enums import ContourGeometricTypeValue as _ContourGeometricTypeValue
from dicomodel.items import ContourSequenceItem as ContourSequenceItem
from dicomodel.items import ImageSOPInstanceReferenceItem as ContourImageSequenceItem
from dicomodel.items import ImageSOPInstanceReferenceItem as _ImageSOPInstanceReferenceItem

__all__ = ["ContourGeometricType", "ContourImageSequenceItem", "ContourSequenceItem"]
