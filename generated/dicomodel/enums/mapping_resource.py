"""Enumerated Values and Defined Terms of Mapping Resource.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "MappingResourceTerm",
]


class MappingResourceTerm(StrEnum):
    """Defined Terms of Mapping Resource (0008,0105) in Enhanced Code Sequence Macro Attributes (8.8-1b)."""

    DCMR = "DCMR"
    """DICOM Content Mapping Resource"""
    SDM = "SDM"
    """SNOMED DICOM Microglossary (Retired)"""
