"""Enumerated Values and Defined Terms of Anchor Point Visibility.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class AnchorPointVisibility(StrEnum):
    """Enumerated Values of Anchor Point Visibility (0070,0015) in Graphic Annotation Module Attributes (C.10-5)."""

    Y = "Y"
    """yes"""
    N = "N"
    """no"""
