"""Enumerated Values and Defined Terms of Inventory Level.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class InventoryLevel(StrEnum):
    """Enumerated Values of Inventory Level (0008,0403) in Inventory Module Attributes (C.38.1-1)."""

    STUDY = "STUDY"
    """Study records only"""
    SERIES = "SERIES"
    """Study and Series records only"""
    INSTANCE = "INSTANCE"
    """Study, Series, and Instance records"""
