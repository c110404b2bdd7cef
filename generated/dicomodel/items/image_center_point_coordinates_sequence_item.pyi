"""Item class ImageCenterPointCoordinatesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ImageCenterPointCoordinatesSequenceItem as ImageCenterPointCoordinatesSequenceItem,
)

__all__ = ["ImageCenterPointCoordinatesSequenceItem"]
