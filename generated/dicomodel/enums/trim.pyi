"""Enumerated Values and Defined Terms of Trim.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import Trim as Trim
from dicomodel.enums import TrimValue as TrimValue

__all__ = ["Trim", "TrimValue"]
