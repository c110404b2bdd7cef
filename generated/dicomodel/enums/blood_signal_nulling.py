"""Enumerated Values and Defined Terms of Blood Signal Nulling.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class BloodSignalNulling(StrEnum):
    """Enumerated Values of Blood Signal Nulling (0018,9022) in MR Imaging Modifier Macro Attributes (C.8-93)."""

    YES = "YES"
    NO = "NO"
