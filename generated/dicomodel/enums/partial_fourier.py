"""Enumerated Values and Defined Terms of Partial Fourier.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PartialFourier(StrEnum):
    """Enumerated Values of Partial Fourier (0018,9081) in MR Modifier Macro Attributes (C.8-92)."""

    YES = "YES"
    NO = "NO"
