"""Enumerated Values and Defined Terms of Includes Information.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import IncludesInformation as IncludesInformation
from dicomodel.enums import IncludesInformationValue as IncludesInformationValue

__all__ = ["IncludesInformation", "IncludesInformationValue"]
