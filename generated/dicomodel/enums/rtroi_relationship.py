"""Enumerated Values and Defined Terms of RT ROI Relationship.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "RTROIRelationshipTerm",
]


class RTROIRelationshipTerm(StrEnum):
    """Defined Terms of RT ROI Relationship (3006,0033) in RT ROI Observations Module Attributes (C.8-44)."""

    SAME = "SAME"
    """ROIs represent the same entity"""
    ENCLOSED = "ENCLOSED"
    """referenced ROI completely encloses referencing ROI"""
    ENCLOSING = "ENCLOSING"
    """referencing ROI completely encloses referenced ROI"""
