"""Enumerated Values and Defined Terms of Current Treatment Status.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class CurrentTreatmentStatus(StrEnum):
    """Enumerated Values of Current Treatment Status (3008,0200) in RT Treatment Summary Record Module Attributes (C.8-59)."""

    NOT_STARTED = "NOT_STARTED"
    ON_TREATMENT = "ON_TREATMENT"
    ON_BREAK = "ON_BREAK"
    SUSPENDED = "SUSPENDED"
    STOPPED = "STOPPED"
    COMPLETED = "COMPLETED"
