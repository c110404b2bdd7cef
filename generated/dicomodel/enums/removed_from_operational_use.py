"""Enumerated Values and Defined Terms of Removed from Operational Use.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class RemovedFromOperationalUse(StrEnum):
    """Enumerated Values of Removed from Operational Use (0008,0405) in Inventory Module Attributes (C.38.1-1)."""

    Y = "Y"
    """Removed from use"""
    N = "N"
    """Not removed from use"""
