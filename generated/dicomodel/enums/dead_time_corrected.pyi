"""Enumerated Values and Defined Terms of Dead Time Corrected.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DeadTimeCorrected as DeadTimeCorrected
from dicomodel.enums import DeadTimeCorrectedValue as DeadTimeCorrectedValue

__all__ = ["DeadTimeCorrected", "DeadTimeCorrectedValue"]
