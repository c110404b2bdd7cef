"""Item class ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord as ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord,
)

__all__ = ["ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord"]
