"""Enumerated Values and Defined Terms of Treatment Record Content Origin.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class TreatmentRecordContentOrigin(StrEnum):
    """Enumerated Values of Treatment Record Content Origin (300A,0709) in RT Radiation Record Common Module Attributes (C.36.22-1)."""

    DEVICE = "DEVICE"
    """The content has been recorded by the treatment device which performed the treatment delivery."""
    USER = "USER"
    """The content has been constructed based on user inputs."""
