"""Enumerated Values and Defined Terms of Partial Fourier Direction.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PartialFourierDirection(StrEnum):
    """Enumerated Values of Partial Fourier Direction (0018,9036) in MR Modifier Macro Attributes (C.8-92)."""

    PHASE = "PHASE"
    FREQUENCY = "FREQUENCY"
    SLICE_SELECT = "SLICE_SELECT"
    COMBINATION = "COMBINATION"
