"""Enumerated Values and Defined Terms of Echo Planar Pulse Sequence.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class EchoPlanarPulseSequence(StrEnum):
    """Enumerated Values of Echo Planar Pulse Sequence (0018,9018) in MR Pulse Sequence Module Attributes (C.8-87)."""

    YES = "YES"
    NO = "NO"
