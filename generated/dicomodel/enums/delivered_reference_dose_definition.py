"""Enumerated Values and Defined Terms of Delivered Reference Dose Definition.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "DeliveredReferenceDoseDefinitionTerm",
]


class DeliveredReferenceDoseDefinitionTerm(StrEnum):
    """Defined Terms of Delivered Reference Dose Definition (300A,0511) in RT Ion Beams Session Record Module Attributes (C.8.8.26-1)."""

    HIGHEST = "HIGHEST"
    MAXIMUM = "MAXIMUM"
    CENTER = "CENTER"
