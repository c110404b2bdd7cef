"""Enumerated Values and Defined Terms of Reference Dose Definition.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ReferenceDoseDefinitionTerm",
]


class ReferenceDoseDefinitionTerm(StrEnum):
    """Defined Terms of Reference Dose Definition (300A,0512) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    HIGHEST = "HIGHEST"
    MAXIMUM = "MAXIMUM"
    CENTER = "CENTER"
