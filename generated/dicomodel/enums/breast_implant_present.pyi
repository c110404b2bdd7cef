"""Enumerated Values and Defined Terms of Breast Implant Present.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BreastImplantPresent as BreastImplantPresent
from dicomodel.enums import BreastImplantPresentValue as BreastImplantPresentValue

__all__ = ["BreastImplantPresent", "BreastImplantPresentValue"]
