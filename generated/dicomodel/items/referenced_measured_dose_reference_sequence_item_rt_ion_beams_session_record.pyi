"""Item class ReferencedMeasuredDoseReferenceSequenceItemRTIonBeamsSessionRecord.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedMeasuredDoseReferenceSequenceItemRTIonBeamsSessionRecord as ReferencedMeasuredDoseReferenceSequenceItemRTIonBeamsSessionRecord,
)

__all__ = ["ReferencedMeasuredDoseReferenceSequenceItemRTIonBeamsSessionRecord"]
