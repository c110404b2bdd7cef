"""Enumerated Values and Defined Terms of Beat Rejection Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class BeatRejectionFlag(StrEnum):
    """Enumerated Values of Beat Rejection Flag (0018,1080) in MR Image Module Attributes (C.8-4)."""

    Y = "Y"
    """yes"""
    N = "N"
    """no"""
