"""Enumerated Values and Defined Terms of Degree of Freedom Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DegreeOfFreedomType as DegreeOfFreedomType
from dicomodel.enums import DegreeOfFreedomTypeValue as DegreeOfFreedomTypeValue

__all__ = ["DegreeOfFreedomType", "DegreeOfFreedomTypeValue"]
