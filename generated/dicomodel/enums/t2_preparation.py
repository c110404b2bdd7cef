"""Enumerated Values and Defined Terms of T2 Preparation.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class T2Preparation(StrEnum):
    """Enumerated Values of T2 Preparation (0018,9021) in MR Modifier Macro Attributes (C.8-92)."""

    YES = "YES"
    NO = "NO"
