"""Item class ReferencedRTPrescriptionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedRTPrescriptionSequenceItem as ReferencedRTPrescriptionSequenceItem,
)

__all__ = ["ReferencedRTPrescriptionSequenceItem"]
