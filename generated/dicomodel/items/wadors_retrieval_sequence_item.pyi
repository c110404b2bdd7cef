"""Item class WADORSRetrievalSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import WADORSRetrievalSequenceItem as WADORSRetrievalSequenceItem

__all__ = ["WADORSRetrievalSequenceItem"]
