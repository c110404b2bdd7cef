"""Enumerated Values and Defined Terms of Treatment Verification Status.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TreatmentVerificationStatus as TreatmentVerificationStatus
from dicomodel.enums import TreatmentVerificationStatusValue as TreatmentVerificationStatusValue

__all__ = ["TreatmentVerificationStatus", "TreatmentVerificationStatusValue"]
