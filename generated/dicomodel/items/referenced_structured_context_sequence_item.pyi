"""Item class ReferencedStructuredContextSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedStructuredContextSequenceItem as ReferencedStructuredContextSequenceItem,
)

__all__ = ["ReferencedStructuredContextSequenceItem"]
