"""Enumerated Values and Defined Terms of Test Image Validation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TestImageValidation as TestImageValidation
from dicomodel.enums import TestImageValidationValue as TestImageValidationValue

__all__ = ["TestImageValidation", "TestImageValidationValue"]
