"""Enumerated Values and Defined Terms of RT Treatment Termination Status.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RTTreatmentTerminationStatus as RTTreatmentTerminationStatus
from dicomodel.enums import RTTreatmentTerminationStatusValue as RTTreatmentTerminationStatusValue

__all__ = ["RTTreatmentTerminationStatus", "RTTreatmentTerminationStatusValue"]
