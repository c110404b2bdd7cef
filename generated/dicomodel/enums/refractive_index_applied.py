"""Enumerated Values and Defined Terms of Refractive Index Applied.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class RefractiveIndexApplied(StrEnum):
    """Enumerated Values of Refractive Index Applied (0052,003A) in Intravascular OCT Processing Parameters Module Attributes (C.8.27.4-1)."""

    YES = "YES"
    NO = "NO"
