"""Enumerated Values and Defined Terms of RT Plan Geometry.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "RTPlanGeometryTerm",
]


class RTPlanGeometryTerm(StrEnum):
    """Defined Terms of RT Plan Geometry (300A,000C) in RT General Plan Module Attributes (C.8-45)."""

    PATIENT = "PATIENT"
    """RT Structure Set exists"""
    TREATMENT_DEVICE = "TREATMENT_DEVICE"
    """RT Structure Set does not exist"""
