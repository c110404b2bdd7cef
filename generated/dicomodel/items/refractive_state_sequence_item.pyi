"""Item class RefractiveStateSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import RefractiveStateSequenceItem as RefractiveStateSequenceItem

__all__ = ["RefractiveStateSequenceItem"]
