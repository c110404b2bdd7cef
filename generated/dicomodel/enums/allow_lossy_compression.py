"""Enumerated Values and Defined Terms of Allow Lossy Compression.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class AllowLossyCompression(StrEnum):
    """Enumerated Values of Allow Lossy Compression (2200,000F) in Media Creation Management Module Attributes (C.22.1-1)."""

    YES = "YES"
    NO = "NO"
