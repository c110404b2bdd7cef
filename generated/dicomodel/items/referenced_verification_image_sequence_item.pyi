"""Item class ReferencedVerificationImageSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedVerificationImageSequenceItem as ReferencedVerificationImageSequenceItem,
)

__all__ = ["ReferencedVerificationImageSequenceItem"]
