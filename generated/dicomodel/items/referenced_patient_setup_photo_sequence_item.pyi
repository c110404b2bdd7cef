"""Item class ReferencedPatientSetupPhotoSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedPatientSetupPhotoSequenceItem as ReferencedPatientSetupPhotoSequenceItem,
)

__all__ = ["ReferencedPatientSetupPhotoSequenceItem"]
