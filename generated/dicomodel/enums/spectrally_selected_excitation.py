"""Enumerated Values and Defined Terms of Spectrally Selected Excitation.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class SpectrallySelectedExcitation(StrEnum):
    """Enumerated Values of Spectrally Selected Excitation (0018,9026) in MR Modifier Macro Attributes (C.8-92)."""

    WATER = "WATER"
    """water excitation"""
    FAT = "FAT"
    """fat excitation"""
    NONE = "NONE"
