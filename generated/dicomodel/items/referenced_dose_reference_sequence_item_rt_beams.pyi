"""Item class ReferencedDoseReferenceSequenceItemRTBeams.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DepthValueAveragingFlag as DepthValueAveragingFlag
from dicomodel.items import (
    BeamDoseVerificationControlPointSequenceItem as BeamDoseVerificationControlPointSequenceItem,
)
from dicomodel.items import (
    ReferencedDoseReferenceSequenceItemRTBeams as ReferencedDoseReferenceSequenceItemRTBeams,
)

__all__ = [
    "BeamDoseVerificationControlPointSequenceItem",
    "DepthValueAveragingFlag",
    "ReferencedDoseReferenceSequenceItemRTBeams",
]
