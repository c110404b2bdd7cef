"""Item class BeamDoseVerificationControlPointSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    BeamDoseVerificationControlPointSequenceItem as BeamDoseVerificationControlPointSequenceItem,
)

__all__ = ["BeamDoseVerificationControlPointSequenceItem"]
