"""Enumerated Values and Defined Terms of Focus Method.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FocusMethod as FocusMethod
from dicomodel.enums import FocusMethodValue as FocusMethodValue

__all__ = ["FocusMethod", "FocusMethodValue"]
