"""Enumerated Values and Defined Terms of Radiobiological Dose Effect Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class RadiobiologicalDoseEffectFlag(StrEnum):
    """Enumerated Values of Radiobiological Dose Effect Flag (3010,0002) in Dosimetric Objective Macro Attributes (C.36.2.1.4-1)."""

    YES = "YES"
    """Effective dose after correction for biological effect."""
    NO = "NO"
    """Physical dose."""
