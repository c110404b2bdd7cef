"""Enumerated Values and Defined Terms of Contrast/Bolus Auto Injection Trigger Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ContrastBolusAutoInjectionTriggerFlag(StrEnum):
    """Enumerated Values of Contrast/Bolus Auto Injection Trigger Flag (0018,11B6) in Performed XA Acquisition Module Attributes (C.34.17-1)."""

    YES = "YES"
    NO = "NO"
