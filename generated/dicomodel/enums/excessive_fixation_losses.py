"""Enumerated Values and Defined Terms of Excessive Fixation Losses.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ExcessiveFixationLosses(StrEnum):
    """Enumerated Values of Excessive Fixation Losses (0024,0040) in Visual Field Static Perimetry Test Reliability Module Attributes (C.8.26.3-1)."""

    YES = "YES"
    NO = "NO"
