"""Item class PresentationLUTSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import PresentationLUTSequenceItem as PresentationLUTSequenceItem

__all__ = ["PresentationLUTSequenceItem"]
