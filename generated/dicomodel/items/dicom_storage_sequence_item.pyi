"""Item class DICOMStorageSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import DICOMStorageSequenceItem as DICOMStorageSequenceItem

__all__ = ["DICOMStorageSequenceItem"]
