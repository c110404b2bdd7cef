"""Enumerated Values and Defined Terms of Intervention Status.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import InterventionStatus as InterventionStatus
from dicomodel.enums import InterventionStatusValue as InterventionStatusValue

__all__ = ["InterventionStatus", "InterventionStatusValue"]
