"""Enumerated Values and Defined Terms of Phase Contrast.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PhaseContrast(StrEnum):
    """Enumerated Values of Phase Contrast (0018,9014) in MR Pulse Sequence Module Attributes (C.8-87)."""

    YES = "YES"
    NO = "NO"
