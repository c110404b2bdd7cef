"""Item class StorageItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import DICOMStorageSequenceItem as DICOMStorageSequenceItem
from dicomodel.items import DICOMStorageSequenceItem as _DICOMStorageSequenceItem
from dicomodel.items import StorageItem as StorageItem
from dicomodel.items import STOWRSStorageSequenceItem as STOWRSStorageSequenceItem
from dicomodel.items import STOWRSStorageSequenceItem as _STOWRSStorageSequenceItem
from dicomodel.items import XDSRetrievalSequenceItem as XDSStorageSequenceItem
from dicomodel.items import XDSRetrievalSequenceItem as _XDSRetrievalSequenceItem

__all__ = [
    "DICOMStorageSequenceItem",
    "STOWRSStorageSequenceItem",
    "StorageItem",
    "XDSStorageSequenceItem",
]
