"""Enumerated Values and Defined Terms of Reported Values Origin.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ReportedValuesOrigin as ReportedValuesOrigin
from dicomodel.enums import ReportedValuesOriginValue as ReportedValuesOriginValue

__all__ = ["ReportedValuesOrigin", "ReportedValuesOriginValue"]
