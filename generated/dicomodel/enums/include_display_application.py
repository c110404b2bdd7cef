"""Enumerated Values and Defined Terms of Include Display Application.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class IncludeDisplayApplication(StrEnum):
    """Enumerated Values of Include Display Application (2200,0009) in Media Creation Management Module Attributes (C.22.1-1)."""

    YES = "YES"
    NO = "NO"
