"""Item class TransducerResponseSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import TransducerResponseSequenceItem as TransducerResponseSequenceItem

__all__ = ["TransducerResponseSequenceItem"]
