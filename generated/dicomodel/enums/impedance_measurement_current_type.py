"""Enumerated Values and Defined Terms of Impedance Measurement Current Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ImpedanceMeasurementCurrentTypeTerm",
]


class ImpedanceMeasurementCurrentTypeTerm(StrEnum):
    """Defined Terms of Impedance Measurement Current Type (003A,0316) in Waveform Module Attributes (C.10-9)."""

    AC = "AC"
    DC = "DC"
