"""Item class PertinentDocumentsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import PertinentDocumentsSequenceItem as PertinentDocumentsSequenceItem

__all__ = ["PertinentDocumentsSequenceItem"]
