"""Enumerated Values and Defined Terms of Contrast/Bolus Agent Detected.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ContrastBolusAgentDetected(StrEnum):
    """Enumerated Values of Contrast/Bolus Agent Detected (0018,9343) in Contrast/Bolus Usage Macro Attributes (C.7.16-13)."""

    YES = "YES"
    NO = "NO"
