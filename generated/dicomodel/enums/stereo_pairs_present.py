"""Enumerated Values and Defined Terms of Stereo Pairs Present.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class StereoPairsPresent(StrEnum):
    """Enumerated Values of Stereo Pairs Present (0022,0028) in Multi-frame Module Attributes (C.7-14)."""

    YES = "YES"
    NO = "NO"
