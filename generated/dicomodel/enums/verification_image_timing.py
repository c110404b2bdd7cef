"""Enumerated Values and Defined Terms of Verification Image Timing.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class VerificationImageTiming(StrEnum):
    """Enumerated Values of Verification Image Timing (0074,1032) in RT Beams Delivery Instruction Module Attributes (C.8.8.29-1)."""

    BEFORE_BEAM = "BEFORE_BEAM"
    DURING_BEAM = "DURING_BEAM"
    AFTER_BEAM = "AFTER_BEAM"
