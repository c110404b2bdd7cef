"""Enumerated Values and Defined Terms of Performed Protocol Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PerformedProtocolType(StrEnum):
    """Enumerated Values of Performed Protocol Type (0040,0261) in Enhanced US Series Module Attributes (C.8.24.1-1)."""

    STAGED = "STAGED"
    NON_STAGED = "NON_STAGED"
