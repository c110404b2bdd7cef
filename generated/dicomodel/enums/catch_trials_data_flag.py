"""Enumerated Values and Defined Terms of Catch Trials Data Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class CatchTrialsDataFlag(StrEnum):
    """Enumerated Values of Catch Trials Data Flag (0024,0055) in Visual Field Static Perimetry Test Reliability Module Attributes (C.8.26.3-1)."""

    YES = "YES"
    NO = "NO"
