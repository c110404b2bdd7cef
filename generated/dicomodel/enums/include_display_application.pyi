"""Enumerated Values and Defined Terms of Include Display Application.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import IncludeDisplayApplication as IncludeDisplayApplication
from dicomodel.enums import IncludeDisplayApplicationValue as IncludeDisplayApplicationValue

__all__ = ["IncludeDisplayApplication", "IncludeDisplayApplicationValue"]
