"""Enumerated Values and Defined Terms of Starting Meterset Value Known Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class StartingMetersetValueKnownFlag(StrEnum):
    """Enumerated Values of Starting Meterset Value Known Flag (300A,0723) in RT Radiation Salvage Record Module Attributes (C.36.23-1)."""

    NO = "NO"
    """The Cumulative Meterset at the first recorded RT Control Point may have an estimated or arbitrary value."""
    YES = "YES"
    """The Cumulative Meterset at the first recorded RT Control Point has the actual value at which the treatment was started or resumed."""
