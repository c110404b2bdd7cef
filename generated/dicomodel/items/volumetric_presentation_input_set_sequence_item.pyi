"""Item class VolumetricPresentationInputSetSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PresentationInputType as PresentationInputType
from dicomodel.items import ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedSpatialRegistrationSequenceItem
from dicomodel.items import (
    VolumetricPresentationInputSetSequenceItem as VolumetricPresentationInputSetSequenceItem,
)

__all__ = [
    "PresentationInputType",
    "ReferencedImageSequenceItem",
    "ReferencedSpatialRegistrationSequenceItem",
    "VolumetricPresentationInputSetSequenceItem",
]
