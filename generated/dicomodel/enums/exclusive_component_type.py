"""Enumerated Values and Defined Terms of Exclusive Component Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ExclusiveComponentTypeTerm(StrEnum):
    """Defined Terms of Exclusive Component Type (0076,0036) in Implant Assembly Template Module Attributes (C.29.2-1)."""

    YES = "YES"
    NO = "NO"
