"""Enumerated Values and Defined Terms of Offset Direction.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class OffsetDirection(StrEnum):
    """Enumerated Values of Offset Direction (0018,9905) in Reference Location Macro Attributes (10.27-1)."""

    SUPERIOR = "SUPERIOR"
    INFERIOR = "INFERIOR"
    ANTERIOR = "ANTERIOR"
    POSTERIOR = "POSTERIOR"
    LEFT = "LEFT"
    RIGHT = "RIGHT"
    PROXIMAL = "PROXIMAL"
    DISTAL = "DISTAL"
    MEDIAL = "MEDIAL"
    LATERAL = "LATERAL"
