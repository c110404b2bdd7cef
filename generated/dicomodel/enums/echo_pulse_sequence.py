"""Enumerated Values and Defined Terms of Echo Pulse Sequence.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class EchoPulseSequence(StrEnum):
    """Enumerated Values of Echo Pulse Sequence (0018,9008) in MR Pulse Sequence Module Attributes (C.8-87)."""

    SPIN = "SPIN"
    GRADIENT = "GRADIENT"
    BOTH = "BOTH"
