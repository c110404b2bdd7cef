"""Item class ReferencedStorageMediaSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ReferencedStorageMediaSequenceItem as ReferencedStorageMediaSequenceItem

__all__ = ["ReferencedStorageMediaSequenceItem"]
