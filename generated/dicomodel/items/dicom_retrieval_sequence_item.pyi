"""Item class DICOMRetrievalSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import DICOMRetrievalSequenceItem as DICOMRetrievalSequenceItem

__all__ = ["DICOMRetrievalSequenceItem"]
