"""Enumerated Values and Defined Terms of Starting Meterset Value Known Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import StartingMetersetValueKnownFlag as StartingMetersetValueKnownFlag
from dicomodel.enums import (
    StartingMetersetValueKnownFlagValue as StartingMetersetValueKnownFlagValue,
)

__all__ = ["StartingMetersetValueKnownFlag", "StartingMetersetValueKnownFlagValue"]
