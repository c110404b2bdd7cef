"""Enumerated Values and Defined Terms of Source Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class SourceTypeTerm(StrEnum):
    """Defined Terms of Source Type (300A,0214) in RT Brachy Application Setups Module Attributes (C.8-51)."""

    POINT = "POINT"
    LINE = "LINE"
    CYLINDER = "CYLINDER"
    SPHERE = "SPHERE"
