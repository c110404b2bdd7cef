"""Enumerated Values and Defined Terms of Spoiling.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class Spoiling(StrEnum):
    """Enumerated Values of Spoiling (0018,9016) in MR Modifier Macro Attributes (C.8-92)."""

    RF = "RF"
    """RF spoiled"""
    GRADIENT = "GRADIENT"
    """gradient spoiled"""
    RF_AND_GRADIENT = "RF_AND_GRADIENT"
    NONE = "NONE"
