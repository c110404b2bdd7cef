"""Enumerated Values and Defined Terms of Observer Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ObserverType(StrEnum):
    """Enumerated Values of Observer Type (0040,A084) in Assertion Macro Attributes (10.30-1)."""

    PSN = "PSN"
    """Person"""
    DEV = "DEV"
    """Device"""
