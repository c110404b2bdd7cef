"""Enumerated Values and Defined Terms of Show Image True Size Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ShowImageTrueSizeFlag(StrEnum):
    """Enumerated Values of Show Image True Size Flag (0072,0710) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    YES = "YES"
    """Display images at True Size."""
    NO = "NO"
    """The rendered size is not specified."""
