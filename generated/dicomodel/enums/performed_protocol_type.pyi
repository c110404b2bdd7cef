"""Enumerated Values and Defined Terms of Performed Protocol Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PerformedProtocolType as PerformedProtocolType
from dicomodel.enums import PerformedProtocolTypeValue as PerformedProtocolTypeValue

__all__ = ["PerformedProtocolType", "PerformedProtocolTypeValue"]
