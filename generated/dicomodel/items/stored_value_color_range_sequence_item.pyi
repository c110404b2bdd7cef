"""Item class StoredValueColorRangeSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import StoredValueColorRangeSequenceItem as StoredValueColorRangeSequenceItem

__all__ = ["StoredValueColorRangeSequenceItem"]
