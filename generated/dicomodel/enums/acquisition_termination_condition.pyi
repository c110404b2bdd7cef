"""Enumerated Values and Defined Terms of Acquisition Termination Condition.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    AcquisitionTerminationConditionTerm as AcquisitionTerminationConditionTerm,
)
from dicomodel.enums import (
    AcquisitionTerminationConditionTermEnhancedPETAcquisition as AcquisitionTerminationConditionTermEnhancedPETAcquisition,
)
from dicomodel.enums import (
    AcquisitionTerminationConditionTermPETSeries as AcquisitionTerminationConditionTermPETSeries,
)

__all__ = [
    "AcquisitionTerminationConditionTerm",
    "AcquisitionTerminationConditionTermEnhancedPETAcquisition",
    "AcquisitionTerminationConditionTermPETSeries",
]
