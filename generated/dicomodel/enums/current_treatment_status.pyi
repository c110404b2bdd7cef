"""Enumerated Values and Defined Terms of Current Treatment Status.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CurrentTreatmentStatus as CurrentTreatmentStatus
from dicomodel.enums import CurrentTreatmentStatusValue as CurrentTreatmentStatusValue

__all__ = ["CurrentTreatmentStatus", "CurrentTreatmentStatusValue"]
