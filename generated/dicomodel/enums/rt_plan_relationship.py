"""Enumerated Values and Defined Terms of RT Plan Relationship.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "RTPlanRelationshipTerm",
]


class RTPlanRelationshipTerm(StrEnum):
    """Defined Terms of RT Plan Relationship (300A,0055) in RT General Plan Module Attributes (C.8-45)."""

    PRIOR = "PRIOR"
    """plan delivered prior to current treatment"""
    ALTERNATIVE = "ALTERNATIVE"
    """alternative plan prepared for current treatment"""
    PREDECESSOR = "PREDECESSOR"
    """plan used in derivation of current plan"""
    VERIFIED_PLAN = "VERIFIED_PLAN"
    """plan that is verified using the current plan. This value shall only be used if Plan Intent (300A,000A) is present and has a value of VERIFICATION"""
    CONCURRENT = "CONCURRENT"
    """plan that forms part of a set of two or more RT Plan Instances representing a single conceptual 'plan', applied in parallel in one treatment phase"""
