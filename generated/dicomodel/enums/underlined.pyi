"""Enumerated Values and Defined Terms of Underlined.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import Underlined as Underlined
from dicomodel.enums import UnderlinedValue as UnderlinedValue

__all__ = ["Underlined", "UnderlinedValue"]
