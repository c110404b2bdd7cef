"""Enumerated Values and Defined Terms of Absolute Dosimetric Objective Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class AbsoluteDosimetricObjectiveFlag(StrEnum):
    """Enumerated Values of Absolute Dosimetric Objective Flag (3010,0073) in Dosimetric Objective Macro Attributes (C.36.2.1.4-1)."""

    YES = "YES"
    """Objective must be met."""
    NO = "NO"
    """Objective should be met but may be compromised."""
