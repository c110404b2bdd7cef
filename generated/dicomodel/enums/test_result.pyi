"""Enumerated Values and Defined Terms of Test Result.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TestResult as TestResult
from dicomodel.enums import TestResultValue as TestResultValue

__all__ = ["TestResult", "TestResultValue"]
