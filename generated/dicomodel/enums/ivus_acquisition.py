"""Enumerated Values and Defined Terms of IVUS Acquisition.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class IVUSAcquisitionTerm(StrEnum):
    """Defined Terms of IVUS Acquisition (0018,3100) in US Image Module Attributes (C.8-18)."""

    MOTOR_PULLBACK = "MOTOR_PULLBACK"
    MANUAL_PULLBACK = "MANUAL_PULLBACK"
    SELECTIVE = "SELECTIVE"
    GATED_PULLBACK = "GATED_PULLBACK"


class IVUSAcquisition(StrEnum):
    """Enumerated Values of IVUS Acquisition (0018,3100) in Intravascular Image Acquisition Parameters Module Attributes (C.8.27.5-1)."""

    MOTORIZED = "MOTORIZED"
    MANUAL = "MANUAL"
    SELECTIVE = "SELECTIVE"
    MEASURED = "MEASURED"
