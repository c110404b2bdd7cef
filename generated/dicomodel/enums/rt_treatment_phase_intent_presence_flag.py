"""Enumerated Values and Defined Terms of RT Treatment Phase Intent Presence Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class RTTreatmentPhaseIntentPresenceFlag(StrEnum):
    """Enumerated Values of RT Treatment Phase Intent Presence Flag (3010,0045) in RT Physician Intent Module Attributes (C.36.5-1)."""

    YES = "YES"
    NO = "NO"
