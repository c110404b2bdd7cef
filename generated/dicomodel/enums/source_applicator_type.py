"""Enumerated Values and Defined Terms of Source Applicator Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "SourceApplicatorTypeTerm",
]


class SourceApplicatorTypeTerm(StrEnum):
    """Defined Terms of Source Applicator Type (300A,0292) in RT Brachy Application Setups Module Attributes (C.8-51)."""

    FLEXIBLE = "FLEXIBLE"
    RIGID = "RIGID"
