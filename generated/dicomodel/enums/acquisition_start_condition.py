"""Enumerated Values and Defined Terms of Acquisition Start Condition.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "AcquisitionStartConditionTerm",
    "AcquisitionStartConditionTermEnhancedPETAcquisition",
]


class AcquisitionStartConditionTerm(StrEnum):
    """Defined Terms of Acquisition Start Condition (0018,0073) in PET Series Module Attributes (C.8-60)."""

    DENS = "DENS"
    """density (counts/sec)"""
    RDD = "RDD"
    """relative density difference (change in counts/sec)"""
    MANU = "MANU"
    """manual"""
    TIME = "TIME"
    """time"""
    AUTO = "AUTO"
    """automatic, when ready"""
    TRIG = "TRIG"
    """physiological trigger"""


class AcquisitionStartConditionTermEnhancedPETAcquisition(StrEnum):
    """Defined Terms of Acquisition Start Condition (0018,0073) in Enhanced PET Acquisition Module Attributes (C.8.22-2)."""

    DENS = "DENS"
    """preset count density (counts/sec) was reached"""
    RDD = "RDD"
    """preset relative count density difference (change in counts/sec) was reached"""
    MANU = "MANU"
    """acquisition was started manually"""
    AUTO = "AUTO"
    """start automatically, when ready"""
    CARD_TRIG = "CARD_TRIG"
    """preset number of cardiac triggers was reached"""
    RESP_TRIG = "RESP_TRIG"
    """preset number of respiratory triggers was reached"""
