"""Enumerated Values and Defined Terms of Skip Frame Range Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "SkipFrameRangeFlagTerm",
]


class SkipFrameRangeFlagTerm(StrEnum):
    """Defined Terms of Skip Frame Range Flag (0008,9460) in XA/XRF Multi-frame Presentation Module Attributes (C.8.19.7-1)."""

    DISPLAY = "DISPLAY"
    SKIP = "SKIP"
