"""Enumerated Values and Defined Terms of Beam Task Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class BeamTaskType(StrEnum):
    """Enumerated Values of Beam Task Type (0074,1022) in RT Beams Delivery Instruction Module Attributes (C.8.8.29-1)."""

    VERIFY = "VERIFY"
    """Verification of the patient position"""
    TREAT = "TREAT"
    """Beam treatment only"""
    VERIFY_AND_TREAT = "VERIFY_AND_TREAT"
    """Patient position verification and treatment"""
