"""Enumerated Values and Defined Terms of Hanging Protocol Level.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import HangingProtocolLevel as HangingProtocolLevel
from dicomodel.enums import HangingProtocolLevelValue as HangingProtocolLevelValue

__all__ = ["HangingProtocolLevel", "HangingProtocolLevelValue"]
