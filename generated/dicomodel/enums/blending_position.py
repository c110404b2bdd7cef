"""Enumerated Values and Defined Terms of Blending Position.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class BlendingPosition(StrEnum):
    """Enumerated Values of Blending Position (0070,0405) in Presentation State Blending Module Attributes (C.11.14-1)."""

    SUPERIMPOSED = "SUPERIMPOSED"
    UNDERLYING = "UNDERLYING"
