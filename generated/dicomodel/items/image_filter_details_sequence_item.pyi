"""Item class ImageFilterDetailsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ImageFilterDetailsSequenceItem as ImageFilterDetailsSequenceItem

__all__ = ["ImageFilterDetailsSequenceItem"]
