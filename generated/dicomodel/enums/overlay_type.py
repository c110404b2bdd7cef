"""Enumerated Values and Defined Terms of Overlay Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class OverlayType(StrEnum):
    """Enumerated Values of Overlay Type (60xx,0040) in Overlay Plane Module Attributes (C.9-2)."""

    G = "G"
    """Graphics"""
    R = "R"
    """ROI"""
