"""Enumerated Values and Defined Terms of Fill Mode.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FillMode as FillMode
from dicomodel.enums import FillModeValue as FillModeValue

__all__ = ["FillMode", "FillModeValue"]
