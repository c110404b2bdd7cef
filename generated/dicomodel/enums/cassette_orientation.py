"""Enumerated Values and Defined Terms of Cassette Orientation.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class CassetteOrientation(StrEnum):
    """Enumerated Values of Cassette Orientation (0018,1402) in CR Image Module Attributes (C.8-2)."""

    LANDSCAPE = "LANDSCAPE"
    PORTRAIT = "PORTRAIT"
