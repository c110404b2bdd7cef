"""Enumerated Values and Defined Terms of Dose Summation Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "DoseSummationTypeTerm",
]


class DoseSummationTypeTerm(StrEnum):
    """Defined Terms of Dose Summation Type (3004,000A) in RT Dose Module Attributes (C.8-39)."""

    PLAN = "PLAN"
    """dose calculated for entire delivery of all fraction groups of RT Plan"""
    MULTI_PLAN = "MULTI_PLAN"
    """dose calculated for entire delivery of 2 or more RT Plans"""
    PLAN_OVERVIEW = "PLAN_OVERVIEW"
    """dose calculated with respect to plan overview parameters"""
    FRACTION = "FRACTION"
    """dose calculated for entire delivery of a single Fraction Group within RT Plan"""
    BEAM = "BEAM"
    """dose calculated for entire delivery of one or more Beams within RT Plan"""
    BRACHY = "BRACHY"
    """dose calculated for entire delivery of one or more Brachy Application Setups within RT Plan"""
    FRACTION_SESSION = "FRACTION_SESSION"
    """dose calculated for a single session (\"fraction\") of a single Fraction Group within RT Plan"""
    BEAM_SESSION = "BEAM_SESSION"
    """dose calculated for a single session (\"fraction\") of one or more Beams within RT Plan"""
    BRACHY_SESSION = "BRACHY_SESSION"
    """dose calculated for a single session (\"fraction\") of one or more Brachy Application Setups within RT Plan"""
    CONTROL_POINT = "CONTROL_POINT"
    """dose calculated for one or more Control Points within a Beam for a single fraction"""
    RECORD = "RECORD"
    """dose calculated for RT Beams Treatment Record"""
