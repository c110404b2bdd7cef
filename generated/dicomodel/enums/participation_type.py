"""Enumerated Values and Defined Terms of Participation Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ParticipationTypeTerm",
]


class ParticipationTypeTerm(StrEnum):
    """Defined Terms of Participation Type (0040,A080) in SR Document General Module Attributes (C.17-2)."""

    SOURCE = "SOURCE"
    """Equipment that contributed to the content"""
    ENT = "ENT"
    """Data enterer (e.g., transcriptionist)"""
    ATTEST = "ATTEST"
    """Attestor"""
