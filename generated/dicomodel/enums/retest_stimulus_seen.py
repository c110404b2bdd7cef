"""Enumerated Values and Defined Terms of Retest Stimulus Seen.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class RetestStimulusSeen(StrEnum):
    """Enumerated Values of Retest Stimulus Seen (0024,0095) in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    YES = "YES"
    NO = "NO"
