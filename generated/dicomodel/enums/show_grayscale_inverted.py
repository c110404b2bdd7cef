"""Enumerated Values and Defined Terms of Show Grayscale Inverted.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ShowGrayscaleInverted(StrEnum):
    """Enumerated Values of Show Grayscale Inverted (0072,0706) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    YES = "YES"
    """The maximum output value after the display pipeline has been applied shall be displayed with the minimum available luminance."""
    NO = "NO"
    """The maximum output value after the display pipeline has been applied shall be displayed with the maximum available luminance."""
