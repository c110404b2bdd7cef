"""Enumerated Values and Defined Terms of Beam Hold Transition Trigger Source.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class BeamHoldTransitionTriggerSource(StrEnum):
    """Enumerated Values of Beam Hold Transition Trigger Source (300C,0129) in RT Beams Session Record Module Attributes (C.8-57)."""

    USER = "USER"
    """Transition was triggered manually by the user."""
    DEVICE = "DEVICE"
    """Transition was triggered automatically by the gating device itself."""
