"""Enumerated Values and Defined Terms of Lossy Image Compression.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class LossyImageCompression(StrEnum):
    """Enumerated Values of Lossy Image Compression (0028,2110) in Contributing Image Sources Macro Attributes (10-14)."""

    _00 = "00"
    """Image has not been subjected to lossy compression."""
    _01 = "01"
    """Image has been subjected to lossy compression."""
