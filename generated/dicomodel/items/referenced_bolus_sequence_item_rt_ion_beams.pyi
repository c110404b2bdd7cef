"""Item class ReferencedBolusSequenceItemRTIonBeams.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedBolusSequenceItemRTIonBeams as ReferencedBolusSequenceItemRTIonBeams,
)

__all__ = ["ReferencedBolusSequenceItemRTIonBeams"]
