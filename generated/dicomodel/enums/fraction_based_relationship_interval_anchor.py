"""Enumerated Values and Defined Terms of Fraction-Based Relationship Interval Anchor.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class FractionBasedRelationshipIntervalAnchor(StrEnum):
    """Enumerated Values of Fraction-Based Relationship Interval Anchor (3010,0083) in RT Enhanced Prescription Module Attributes (C.36.6-1)."""

    START = "START"
    """The interval is specified with respect to the start of the referenced prescription."""
    END = "END"
    """The interval is specified with respect to the end of the referenced prescription."""
