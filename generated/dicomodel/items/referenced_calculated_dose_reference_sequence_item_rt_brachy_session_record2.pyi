"""Item class ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord2.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord2 as ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord2,
)

__all__ = ["ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord2"]
