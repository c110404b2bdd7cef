"""Enumerated Values and Defined Terms of Time Series Blending.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class TimeSeriesBlending(StrEnum):
    """Enumerated Values of Time Series Blending (0070,1B07) in Advanced Blending Presentation State Module Attributes (C.11.33-1)."""

    TRUE = "TRUE"
    FALSE = "FALSE"
