"""Item class ReferencedDefinedProtocolSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItem as ReferencedDefinedProtocolSequenceItem,
)

__all__ = ["ReferencedDefinedProtocolSequenceItem"]
