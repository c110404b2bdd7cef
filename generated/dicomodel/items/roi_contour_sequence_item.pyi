"""Item class ROIContourSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContourGeometricType as ContourGeometricType
from dicomodel.items import ContourSequenceItem as ContourSequenceItem
from dicomodel.items import ImageSOPInstanceReferenceItem as ContourImageSequenceItem
from dicomodel.items import ROIContourSequenceItem as ROIContourSequenceItem
from dicomodel.items import (
    SourcePixelPlanesCharacteristicsSequenceItem as SourcePixelPlanesCharacteristicsSequenceItem,
)
from dicomodel.items import SourceSeriesSequenceItem as SourceSeriesSequenceItem

__all__ = [
    "ContourGeometricType",
    "ContourImageSequenceItem",
    "ContourSequenceItem",
    "ROIContourSequenceItem",
    "SourcePixelPlanesCharacteristicsSequenceItem",
    "SourceSeriesSequenceItem",
]
