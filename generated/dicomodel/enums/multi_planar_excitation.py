"""Enumerated Values and Defined Terms of Multi-planar Excitation.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class MultiPlanarExcitation(StrEnum):
    """Enumerated Values of Multi-planar Excitation (0018,9012) in MR Pulse Sequence Module Attributes (C.8-87)."""

    YES = "YES"
    NO = "NO"
