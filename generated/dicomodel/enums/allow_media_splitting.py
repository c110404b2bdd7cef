"""Enumerated Values and Defined Terms of Allow Media Splitting.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class AllowMediaSplitting(StrEnum):
    """Enumerated Values of Allow Media Splitting (2200,0007) in Media Creation Management Module Attributes (C.22.1-1)."""

    YES = "YES"
    NO = "NO"
