"""Enumerated Values and Defined Terms of De-coupling Method.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "DecouplingMethodTerm",
]


class DecouplingMethodTerm(StrEnum):
    """Defined Terms of De-coupling Method (0018,9062) in MR Spectroscopy Module Attributes (C.8-102)."""

    MLEV = "MLEV"
    WALTZ = "WALTZ"
    NARROWBAND = "NARROWBAND"
