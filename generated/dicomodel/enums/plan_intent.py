"""Enumerated Values and Defined Terms of Plan Intent.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "PlanIntentTerm",
]


class PlanIntentTerm(StrEnum):
    """Defined Terms of Plan Intent (300A,000A) in RT General Plan Module Attributes (C.8-45)."""

    CURATIVE = "CURATIVE"
    """Curative therapy on patient"""
    PALLIATIVE = "PALLIATIVE"
    """Palliative therapy on patient"""
    PROPHYLACTIC = "PROPHYLACTIC"
    """Preventative therapy on patient"""
    VERIFICATION = "VERIFICATION"
    """Verification of patient plan using phantom"""
    MACHINE_QA = "MACHINE_QA"
    """Quality assurance of the delivery machine (independently of a specific patient)"""
    RESEARCH = "RESEARCH"
    """Research project"""
    SERVICE = "SERVICE"
    """Machine repair or maintenance operation"""
