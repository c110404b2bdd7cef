"""Enumerated Values and Defined Terms of Parallel RT Beam Delimiter Opening Mode.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ParallelRTBeamDelimiterOpeningMode(StrEnum):
    """Enumerated Values of Parallel RT Beam Delimiter Opening Mode (300A,064E) in RT Beam Limiting Devices Definition Macro Attributes (C.36.2.2.8-1)."""

    BINARY = "BINARY"
    """leaf positions constrained to two states: open and closed"""
    VARIABLE = "VARIABLE"
    """any leaf position may be specified"""
