"""Item class STOWRSStorageSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import STOWRSStorageSequenceItem as STOWRSStorageSequenceItem

__all__ = ["STOWRSStorageSequenceItem"]
