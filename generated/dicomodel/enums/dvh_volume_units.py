"""Enumerated Values and Defined Terms of DVH Volume Units.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "DVHVolumeUnitsTerm",
]


class DVHVolumeUnitsTerm(StrEnum):
    """Defined Terms of DVH Volume Units (3004,0054) in RT DVH Module Attributes (C.8-40)."""

    CM3 = "CM3"
    """cubic centimeters"""
    PERCENT = "PERCENT"
    """percent"""
    PER_U = "PER_U"
    """volume per u with u(dose)=dose-3/2. See Section C.8.8.4.3."""
