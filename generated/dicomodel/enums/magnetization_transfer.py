"""Enumerated Values and Defined Terms of Magnetization Transfer.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class MagnetizationTransfer(StrEnum):
    """Enumerated Values of Magnetization Transfer (0018,9020) in MR Imaging Modifier Macro Attributes (C.8-93)."""

    ON_RESONANCE = "ON_RESONANCE"
    OFF_RESONANCE = "OFF_RESONANCE"
    NONE = "NONE"
