"""Item class ApplicatorSequenceItemRTGeneralMachineVerification.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ApplicatorType as ApplicatorType
from dicomodel.items import (
    ApplicatorSequenceItemRTGeneralMachineVerification as ApplicatorSequenceItemRTGeneralMachineVerification,
)

__all__ = ["ApplicatorSequenceItemRTGeneralMachineVerification", "ApplicatorType"]
