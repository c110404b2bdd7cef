"""Item class MRVelocityEncodingSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import MRVelocityEncodingSequenceItem as MRVelocityEncodingSequenceItem

__all__ = ["MRVelocityEncodingSequenceItem"]
