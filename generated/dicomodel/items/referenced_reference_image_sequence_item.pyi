"""Item class ReferencedReferenceImageSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedReferenceImageSequenceItem as ReferencedReferenceImageSequenceItem,
)

__all__ = ["ReferencedReferenceImageSequenceItem"]
