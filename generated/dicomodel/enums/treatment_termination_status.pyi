"""Enumerated Values and Defined Terms of Treatment Termination Status.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TreatmentTerminationStatus as TreatmentTerminationStatus
from dicomodel.enums import TreatmentTerminationStatusValue as TreatmentTerminationStatusValue

__all__ = ["TreatmentTerminationStatus", "TreatmentTerminationStatusValue"]
