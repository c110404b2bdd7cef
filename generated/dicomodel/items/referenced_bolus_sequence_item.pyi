"""Item class ReferencedBolusSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ReferencedBolusSequenceItem as ReferencedBolusSequenceItem

__all__ = ["ReferencedBolusSequenceItem"]
