"""Item class ReferencedDoseReferenceSequenceItemRTBeams2.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedDoseReferenceSequenceItemRTBeams2 as ReferencedDoseReferenceSequenceItemRTBeams2,
)

__all__ = ["ReferencedDoseReferenceSequenceItemRTBeams2"]
