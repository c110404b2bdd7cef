"""Enumerated Values and Defined Terms of ASL Bolus Cut-off Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ASLBolusCutoffFlag(StrEnum):
    """Enumerated Values of ASL Bolus Cut-off Flag (0018,925C) in MR Arterial Spin Labeling Macro Attributes (C.8-100b)."""

    YES = "YES"
    NO = "NO"
