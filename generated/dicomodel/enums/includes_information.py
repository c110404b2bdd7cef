"""Enumerated Values and Defined Terms of Includes Information.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class IncludesInformation(StrEnum):
    """Enumerated Values of Includes Information (0034,000C) in Frame Usefulness Functional Group Macro Attributes (C.7.6.16.2.27-1)."""

    YES = "YES"
    NO = "NO"
