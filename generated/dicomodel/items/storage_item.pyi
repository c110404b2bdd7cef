"""Item class StorageItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import DICOMStorageSequenceItem as DICOMStorageSequenceItem
from dicomodel.items import StorageItem as StorageItem
from dicomodel.items import STOWRSStorageSequenceItem as STOWRSStorageSequenceItem
from dicomodel.items import XDSRetrievalSequenceItem as XDSStorageSequenceItem

__all__ = [
    "DICOMStorageSequenceItem",
    "STOWRSStorageSequenceItem",
    "StorageItem",
    "XDSStorageSequenceItem",
]
