"""Enumerated Values and Defined Terms of Parallel RT Beam Delimiter Opening Mode.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ParallelRTBeamDelimiterOpeningMode as ParallelRTBeamDelimiterOpeningMode
from dicomodel.enums import (
    ParallelRTBeamDelimiterOpeningModeValue as ParallelRTBeamDelimiterOpeningModeValue,
)

__all__ = ["ParallelRTBeamDelimiterOpeningMode", "ParallelRTBeamDelimiterOpeningModeValue"]
