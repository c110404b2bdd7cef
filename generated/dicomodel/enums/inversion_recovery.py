"""Enumerated Values and Defined Terms of Inversion Recovery.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class InversionRecovery(StrEnum):
    """Enumerated Values of Inversion Recovery (0018,9009) in MR Modifier Macro Attributes (C.8-92)."""

    YES = "YES"
    NO = "NO"
