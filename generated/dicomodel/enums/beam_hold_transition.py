"""Enumerated Values and Defined Terms of Beam Hold Transition.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class BeamHoldTransition(StrEnum):
    """Enumerated Values of Beam Hold Transition (300C,0126) in RT Beams Session Record Module Attributes (C.8-57)."""

    HOLD = "HOLD"
    """Beam held."""
    RESTART = "RESTART"
    """Beam restarted."""
