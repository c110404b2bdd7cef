"""Enumerated Values and Defined Terms of Image Box Scroll Direction.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ImageBoxScrollDirection(StrEnum):
    """Enumerated Values of Image Box Scroll Direction (0072,0310) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    VERTICAL = "VERTICAL"
    """scroll images by row"""
    HORIZONTAL = "HORIZONTAL"
    """scroll images by column"""
