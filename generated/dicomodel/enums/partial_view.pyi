"""Enumerated Values and Defined Terms of Partial View.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PartialView as PartialView
from dicomodel.enums import PartialViewValue as PartialViewValue

__all__ = ["PartialView", "PartialViewValue"]
