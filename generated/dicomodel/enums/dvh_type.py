"""Enumerated Values and Defined Terms of DVH Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class DVHType(StrEnum):
    """Enumerated Values of DVH Type (3004,0001) in RT DVH Module Attributes (C.8-40)."""

    DIFFERENTIAL = "DIFFERENTIAL"
    """differential dose-volume histogram"""
    CUMULATIVE = "CUMULATIVE"
    """cumulative dose-volume histogram"""
    NATURAL = "NATURAL"
    """natural dose volume histogram"""
