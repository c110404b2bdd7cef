"""Enumerated Values and Defined Terms of Cardiac Cycle Position.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "CardiacCyclePositionTerm",
]


class CardiacCyclePositionTerm(StrEnum):
    """Defined Terms of Cardiac Cycle Position (0018,9236) in Frame Content Macro Attributes (C.7.6.16-3)."""

    END_SYSTOLE = "END_SYSTOLE"
    END_DIASTOLE = "END_DIASTOLE"
    UNDETERMINED = "UNDETERMINED"
