"""Item class PatientOrientationInFrameSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    PatientOrientationInFrameSequenceItem as PatientOrientationInFrameSequenceItem,
)

__all__ = ["PatientOrientationInFrameSequenceItem"]
