"""Enumerated Values and Defined Terms of Mandatory Component Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class MandatoryComponentTypeTerm(StrEnum):
    """Defined Terms of Mandatory Component Type (0076,0038) in Implant Assembly Template Module Attributes (C.29.2-1)."""

    YES = "YES"
    NO = "NO"
