"""Enumerated Values and Defined Terms of Treatment Delivery Continuation Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TreatmentDeliveryContinuationFlag as TreatmentDeliveryContinuationFlag
from dicomodel.enums import (
    TreatmentDeliveryContinuationFlagValue as TreatmentDeliveryContinuationFlagValue,
)

__all__ = ["TreatmentDeliveryContinuationFlag", "TreatmentDeliveryContinuationFlagValue"]
