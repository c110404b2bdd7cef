"""Enumerated Values and Defined Terms of Fill Mode.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class FillMode(StrEnum):
    """Enumerated Values of Fill Mode (0070,0257) in Fill Style Sequence Macro Attributes (C.10-5c)."""

    SOLID = "SOLID"
    STIPPELED = "STIPPELED"
