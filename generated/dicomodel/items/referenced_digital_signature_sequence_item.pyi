"""Item class ReferencedDigitalSignatureSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedDigitalSignatureSequenceItem as ReferencedDigitalSignatureSequenceItem,
)

__all__ = ["ReferencedDigitalSignatureSequenceItem"]
