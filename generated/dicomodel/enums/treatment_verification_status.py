"""Enumerated Values and Defined Terms of Treatment Verification Status.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class TreatmentVerificationStatus(StrEnum):
    """Enumerated Values of Treatment Verification Status (3008,002C) in RT Beams Session Record Module Attributes (C.8-57)."""

    VERIFIED = "VERIFIED"
    """treatment verified"""
    VERIFIED_OVR = "VERIFIED_OVR"
    """treatment verified with at least one out-of-range value overridden"""
    NOT_VERIFIED = "NOT_VERIFIED"
    """treatment verified manually"""
