"""Enumerated Values and Defined Terms of Longitudinal Temporal Event Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "LongitudinalTemporalEventTypeTerm",
]


class LongitudinalTemporalEventTypeTerm(StrEnum):
    """Defined Terms of Longitudinal Temporal Event Type (0012,0053) in Clinical Trial Study Module Attributes (C.7-4b)."""

    ENROLLMENT = "ENROLLMENT"
    """Relative to enrollment of the subject in the research activity or clinical trial."""
    BASELINE = "BASELINE"
    """Relative to the baseline imaging Study."""
