"""Enumerated Values and Defined Terms of Synthetic Data.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class SyntheticData(StrEnum):
    """Enumerated Values of Synthetic Data (0008,001C) in SOP Common Module Attributes (C.12-1)."""

    YES = "YES"
    NO = "NO"
