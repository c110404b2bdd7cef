"""Enumerated Values and Defined Terms of Acquisition Termination Condition.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "AcquisitionTerminationConditionTerm",
    "AcquisitionTerminationConditionTermEnhancedPETAcquisition",
    "AcquisitionTerminationConditionTermPETSeries",
]


class AcquisitionTerminationConditionTerm(StrEnum):
    """Defined Terms of Acquisition Termination Condition (0018,0071) in NM Image Module Attributes (C.8-9)."""

    CNTS = "CNTS"
    """counts"""
    DENS = "DENS"
    """density"""
    MANU = "MANU"
    """manual"""
    OVFL = "OVFL"
    """data overflow"""
    TIME = "TIME"
    """time"""
    TRIG = "TRIG"
    """physiological trigger"""


class AcquisitionTerminationConditionTermPETSeries(StrEnum):
    """Defined Terms of Acquisition Termination Condition (0018,0071) in PET Series Module Attributes (C.8-60)."""

    CNTS = "CNTS"
    """counts"""
    DENS = "DENS"
    """density (counts/sec)"""
    RDD = "RDD"
    """relative density difference (change in counts/sec)"""
    MANU = "MANU"
    """manual"""
    OVFL = "OVFL"
    """data overflow"""
    TIME = "TIME"
    """time"""
    TRIG = "TRIG"
    """physiological trigger"""


class AcquisitionTerminationConditionTermEnhancedPETAcquisition(StrEnum):
    """Defined Terms of Acquisition Termination Condition (0018,0071) in Enhanced PET Acquisition Module Attributes (C.8.22-2)."""

    CNTS = "CNTS"
    """preset counts was reached"""
    DENS = "DENS"
    """preset count density (counts/sec) was reached"""
    RDD = "RDD"
    """preset relative count density difference (change in counts/sec) was reached"""
    MANU = "MANU"
    """acquisition was terminated manually"""
    OVFL = "OVFL"
    """data overflow occurred"""
    TIME = "TIME"
    """preset time limit was reached"""
    CARD_TRIG = "CARD_TRIG"
    """preset number of cardiac triggers was reached"""
    RESP_TRIG = "RESP_TRIG"
    """preset number of respiratory triggers was reached"""
