"""Enumerated Values and Defined Terms of Cardiac Beat Rejection Technique.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "CardiacBeatRejectionTechniqueTerm",
]


class CardiacBeatRejectionTechniqueTerm(StrEnum):
    """Defined Terms of Cardiac Beat Rejection Technique (0018,9169) in Cardiac Synchronization Module Attributes (C.7.6.18-1)."""

    NONE = "NONE"
    RR_INTERVAL = "RR_INTERVAL"
    """rejection based on deviation from average RR interval"""
    QRS_LOOP = "QRS_LOOP"
    """rejection based on deviation from regular QRS loop"""
    PVC = "PVC"
    """rejection based on PVC criteria"""
