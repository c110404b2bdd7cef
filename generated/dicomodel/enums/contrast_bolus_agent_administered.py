"""Enumerated Values and Defined Terms of Contrast/Bolus Agent Administered.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ContrastBolusAgentAdministered(StrEnum):
    """Enumerated Values of Contrast/Bolus Agent Administered (0018,9342) in Contrast/Bolus Usage Macro Attributes (C.7.16-13)."""

    YES = "YES"
    NO = "NO"
