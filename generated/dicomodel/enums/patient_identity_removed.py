"""Enumerated Values and Defined Terms of Patient Identity Removed.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PatientIdentityRemoved(StrEnum):
    """Enumerated Values of Patient Identity Removed (0012,0062) in Patient Module Attributes (C.7-1)."""

    YES = "YES"
    NO = "NO"
