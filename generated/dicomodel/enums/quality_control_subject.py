"""Enumerated Values and Defined Terms of Quality Control Subject.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class QualityControlSubject(StrEnum):
    """Enumerated Values of Quality Control Subject (0010,0200) in Patient Demographic Module Attributes (C.2-3)."""

    YES = "YES"
    NO = "NO"
