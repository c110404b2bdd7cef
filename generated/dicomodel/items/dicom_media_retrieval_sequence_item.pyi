"""Item class DICOMMediaRetrievalSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import DICOMMediaRetrievalSequenceItem as DICOMMediaRetrievalSequenceItem

__all__ = ["DICOMMediaRetrievalSequenceItem"]
