"""Enumerated Values and Defined Terms of Reference Dose Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ReferenceDoseTypeTerm",
]


class ReferenceDoseTypeTerm(StrEnum):
    """Defined Terms of Reference Dose Type (300A,061A) in RT Dose Contribution Module Attributes (C.36.11-1)."""

    PER_RADIATION = "PER_RADIATION"
    """Dose values are calculated individually for each referenced RT Radiation SOP Instance."""
    NOMINAL = "NOMINAL"
    """Dose values are calculated on the Fraction level and assigned to individual RT Radiation SOP Instances without Instance-specific calculations."""
