"""Enumerated Values and Defined Terms of Coding Scheme Registry.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "CodingSchemeRegistryTerm",
]


class CodingSchemeRegistryTerm(StrEnum):
    """Defined Terms of Coding Scheme Registry (0008,0112) in SOP Common Module Attributes (C.12-1)."""

    HL7 = "HL7"
