"""Item class ReferencedSOPSequenceItemStorageCommitment.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedSOPSequenceItemStorageCommitment as ReferencedSOPSequenceItemStorageCommitment,
)

__all__ = ["ReferencedSOPSequenceItemStorageCommitment"]
