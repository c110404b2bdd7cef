"""Enumerated Values and Defined Terms of Time of Flight Information Used.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TimeOfFlightInformationUsed as TimeOfFlightInformationUsed
from dicomodel.enums import TimeOfFlightInformationUsedValue as TimeOfFlightInformationUsedValue

__all__ = ["TimeOfFlightInformationUsed", "TimeOfFlightInformationUsedValue"]
