"""Item class StorageProtocolElementSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import DICOMStorageSequenceItem as DICOMStorageSequenceItem
from dicomodel.items import StorageItem as OutputInformationSequenceItem
from dicomodel.items import StorageProtocolElementSequenceItem as StorageProtocolElementSequenceItem
from dicomodel.items import STOWRSStorageSequenceItem as STOWRSStorageSequenceItem
from dicomodel.items import XDSRetrievalSequenceItem as XDSStorageSequenceItem

__all__ = [
    "DICOMStorageSequenceItem",
    "OutputInformationSequenceItem",
    "STOWRSStorageSequenceItem",
    "StorageProtocolElementSequenceItem",
    "XDSStorageSequenceItem",
]
