"""Item class ReferencedInstanceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ReferencedInstanceSequenceItem as ReferencedInstanceSequenceItem

__all__ = ["ReferencedInstanceSequenceItem"]
