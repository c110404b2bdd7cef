"""Enumerated Values and Defined Terms of Fluoroscopy Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FluoroscopyFlag as FluoroscopyFlag
from dicomodel.enums import FluoroscopyFlagValue as FluoroscopyFlagValue

__all__ = ["FluoroscopyFlag", "FluoroscopyFlagValue"]
