"""Enumerated Values and Defined Terms of Patient Identity Removed.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PatientIdentityRemoved as PatientIdentityRemoved
from dicomodel.enums import PatientIdentityRemovedValue as PatientIdentityRemovedValue

__all__ = ["PatientIdentityRemoved", "PatientIdentityRemovedValue"]
