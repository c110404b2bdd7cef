"""Enumerated Values and Defined Terms of Multi-Coil Element Used.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class MultiCoilElementUsed(StrEnum):
    """Enumerated Values of Multi-Coil Element Used (0018,9048) in MR Receive Coil Macro Attributes (C.8-94)."""

    YES = "YES"
    NO = "NO"
