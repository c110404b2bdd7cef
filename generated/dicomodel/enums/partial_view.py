"""Enumerated Values and Defined Terms of Partial View.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PartialView(StrEnum):
    """Enumerated Values of Partial View (0028,1350) in Mammography Image Module Attributes (C.8-74)."""

    YES = "YES"
    NO = "NO"
