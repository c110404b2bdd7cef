"""Item class GraphicCoordinatesDataSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import GraphicCoordinatesDataSequenceItem as GraphicCoordinatesDataSequenceItem
from dicomodel.items import ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem

__all__ = ["GraphicCoordinatesDataSequenceItem", "ReferencedImageSequenceItem"]
