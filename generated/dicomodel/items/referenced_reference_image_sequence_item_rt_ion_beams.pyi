"""Item class ReferencedReferenceImageSequenceItemRTIonBeams.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedReferenceImageSequenceItemRTIonBeams as ReferencedReferenceImageSequenceItemRTIonBeams,
)

__all__ = ["ReferencedReferenceImageSequenceItemRTIonBeams"]
