"""Enumerated Values and Defined Terms of Archive Requested.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ArchiveRequested(StrEnum):
    """Enumerated Values of Archive Requested (0040,A494) in Image Acquisition Results Module Attributes (C.4-15)."""

    NO = "NO"
    YES = "YES"
