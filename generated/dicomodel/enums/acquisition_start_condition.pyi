"""Enumerated Values and Defined Terms of Acquisition Start Condition.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AcquisitionStartConditionTerm as AcquisitionStartConditionTerm
from dicomodel.enums import (
    AcquisitionStartConditionTermEnhancedPETAcquisition as AcquisitionStartConditionTermEnhancedPETAcquisition,
)

__all__ = ["AcquisitionStartConditionTerm", "AcquisitionStartConditionTermEnhancedPETAcquisition"]
