"""Item class ModalityLUTSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ModalityLUTSequenceItem as ModalityLUTSequenceItem

__all__ = ["ModalityLUTSequenceItem"]
