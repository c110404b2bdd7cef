"""Enumerated Values and Defined Terms of Treatment Termination Status.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class TreatmentTerminationStatus(StrEnum):
    """Enumerated Values of Treatment Termination Status (3008,002A) in RT Beams Session Record Module Attributes (C.8-57)."""

    NORMAL = "NORMAL"
    """treatment terminated normally"""
    OPERATOR = "OPERATOR"
    """operator terminated treatment"""
    MACHINE = "MACHINE"
    """machine terminated treatment"""
    UNKNOWN = "UNKNOWN"
    """status at termination unknown"""
