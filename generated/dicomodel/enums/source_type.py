"""Enumerated Values and Defined Terms of Source Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "SourceTypeTerm",
]


class SourceTypeTerm(StrEnum):
    """Defined Terms of Source Type (300A,0214) in RT Brachy Application Setups Module Attributes (C.8-51)."""

    POINT = "POINT"
    LINE = "LINE"
    CYLINDER = "CYLINDER"
    SPHERE = "SPHERE"
