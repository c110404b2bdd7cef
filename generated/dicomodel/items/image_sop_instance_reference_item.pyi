"""Item class ImageSOPInstanceReferenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ImageSOPInstanceReferenceItem as ImageSOPInstanceReferenceItem

__all__ = ["ImageSOPInstanceReferenceItem"]
