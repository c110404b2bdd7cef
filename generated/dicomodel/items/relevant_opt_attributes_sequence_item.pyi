"""Item class RelevantOPTAttributesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import RelevantOPTAttributesSequenceItem as RelevantOPTAttributesSequenceItem

__all__ = ["RelevantOPTAttributesSequenceItem"]
