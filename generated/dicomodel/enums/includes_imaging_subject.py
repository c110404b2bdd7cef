"""Enumerated Values and Defined Terms of Includes Imaging Subject.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class IncludesImagingSubject(StrEnum):
    """Enumerated Values of Includes Imaging Subject (0034,0008) in Frame Usefulness Functional Group Macro Attributes (C.7.6.16.2.27-1)."""

    YES = "YES"
    NO = "NO"
