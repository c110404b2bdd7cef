"""Enumerated Values and Defined Terms of Cardiac Framing Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "CardiacFramingTypeTerm",
]


class CardiacFramingTypeTerm(StrEnum):
    """Defined Terms of Cardiac Framing Type (0018,1064) in Cardiac Synchronization Module Attributes (C.7.6.18-1)."""

    FORW = "FORW"
    """time forward from trigger"""
    BACK = "BACK"
    """time back before trigger"""
    PCNT = "PCNT"
    """percentage of R-R forward from trigger"""
