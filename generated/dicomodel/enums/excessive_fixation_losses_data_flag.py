"""Enumerated Values and Defined Terms of Excessive Fixation Losses Data Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ExcessiveFixationLossesDataFlag(StrEnum):
    """Enumerated Values of Excessive Fixation Losses Data Flag (0024,0039) in Visual Field Static Perimetry Test Reliability Module Attributes (C.8.26.3-1)."""

    YES = "YES"
    NO = "NO"
