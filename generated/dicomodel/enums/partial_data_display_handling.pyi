"""Enumerated Values and Defined Terms of Partial Data Display Handling.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PartialDataDisplayHandling as PartialDataDisplayHandling
from dicomodel.enums import PartialDataDisplayHandlingValue as PartialDataDisplayHandlingValue

__all__ = ["PartialDataDisplayHandling", "PartialDataDisplayHandlingValue"]
