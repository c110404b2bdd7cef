"""Enumerated Values and Defined Terms of Blending Mode.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class BlendingMode(StrEnum):
    """Enumerated Values of Blending Mode (0070,1B06) in Advanced Blending Presentation State Display Module Attributes (C.11.34.1-1)."""

    EQUAL = "EQUAL"
    FOREGROUND = "FOREGROUND"
