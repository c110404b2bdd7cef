"""Enumerated Values and Defined Terms of Temporal Relationship Interval Anchor.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class TemporalRelationshipIntervalAnchor(StrEnum):
    """Enumerated Values of Temporal Relationship Interval Anchor (3010,004F) in RT Treatment Phase Interval Macro Attributes (C.36.2.1.3-1)."""

    START = "START"
    """The interval is specified with respect to the start of the basis phase."""
    END = "END"
    """The interval is specified with respect to the end of the basis phase."""
