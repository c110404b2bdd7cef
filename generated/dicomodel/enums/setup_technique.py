"""Enumerated Values and Defined Terms of Setup Technique.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "SetupTechniqueTerm",
]


class SetupTechniqueTerm(StrEnum):
    """Defined Terms of Setup Technique (300A,01B0) in RT Patient Setup Module Attributes (C.8-48)."""

    ISOCENTRIC = "ISOCENTRIC"
    FIXED_SSD = "FIXED_SSD"
    TBI = "TBI"
    BREAST_BRIDGE = "BREAST_BRIDGE"
    SKIN_APPOSITION = "SKIN_APPOSITION"
