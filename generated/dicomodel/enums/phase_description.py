"""Enumerated Values and Defined Terms of Phase Description.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PhaseDescription(StrEnum):
    """Enumerated Values of Phase Description (0054,0039) in NM Phase Module Attributes (C.8-14)."""

    FLOW = "FLOW"
    WASHOUT = "WASHOUT"
    UPTAKE = "UPTAKE"
    EMPTYING = "EMPTYING"
    EXCRETION = "EXCRETION"
