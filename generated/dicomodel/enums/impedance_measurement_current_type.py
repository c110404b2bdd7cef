"""Enumerated Values and Defined Terms of Impedance Measurement Current Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ImpedanceMeasurementCurrentTypeTerm(StrEnum):
    """Defined Terms of Impedance Measurement Current Type (003A,0316) in Waveform Module Attributes (C.10-9)."""

    AC = "AC"
    DC = "DC"
