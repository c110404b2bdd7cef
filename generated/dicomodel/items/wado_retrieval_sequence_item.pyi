"""Item class WADORetrievalSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import WADORetrievalSequenceItem as WADORetrievalSequenceItem

__all__ = ["WADORetrievalSequenceItem"]
