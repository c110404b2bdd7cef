"""Item class ReferencedSOPSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ReferencedSOPSequenceItem as ReferencedSOPSequenceItem

__all__ = ["ReferencedSOPSequenceItem"]
