"""Enumerated Values and Defined Terms of Film Orientation.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class FilmOrientation(StrEnum):
    """Enumerated Values of Film Orientation (2010,0040) in Basic Film Box Presentation Module Attributes (C.13-3)."""

    PORTRAIT = "PORTRAIT"
    """vertical film position"""
    LANDSCAPE = "LANDSCAPE"
    """horizontal film position"""
