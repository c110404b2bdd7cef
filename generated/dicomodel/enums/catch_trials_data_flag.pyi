"""Enumerated Values and Defined Terms of Catch Trials Data Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CatchTrialsDataFlag as CatchTrialsDataFlag
from dicomodel.enums import CatchTrialsDataFlagValue as CatchTrialsDataFlagValue

__all__ = ["CatchTrialsDataFlag", "CatchTrialsDataFlagValue"]
