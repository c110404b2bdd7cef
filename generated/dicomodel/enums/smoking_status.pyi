"""Enumerated Values and Defined Terms of Smoking Status.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SmokingStatus as SmokingStatus
from dicomodel.enums import SmokingStatusValue as SmokingStatusValue

__all__ = ["SmokingStatus", "SmokingStatusValue"]
