"""Enumerated Values and Defined Terms of Fluence Mode.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FluenceMode as FluenceMode
from dicomodel.enums import FluenceModeValue as FluenceModeValue

__all__ = ["FluenceMode", "FluenceModeValue"]
