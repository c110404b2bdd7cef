"""Item class PatientClinicalTrialParticipationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    PatientClinicalTrialParticipationSequenceItem as PatientClinicalTrialParticipationSequenceItem,
)

__all__ = ["PatientClinicalTrialParticipationSequenceItem"]
