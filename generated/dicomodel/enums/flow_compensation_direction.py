"""Enumerated Values and Defined Terms of Flow Compensation Direction.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class FlowCompensationDirection(StrEnum):
    """Enumerated Values of Flow Compensation Direction (0018,9183) in MR Modifier Macro Attributes (C.8-92)."""

    PHASE = "PHASE"
    FREQUENCY = "FREQUENCY"
    SLICE_SELECT = "SLICE_SELECT"
    SLICE_AND_FREQ = "SLICE_AND_FREQ"
    SLICE_FREQ_PHASE = "SLICE_FREQ_PHASE"
    PHASE_AND_FREQ = "PHASE_AND_FREQ"
    SLICE_AND_PHASE = "SLICE_AND_PHASE"
    OTHER = "OTHER"
