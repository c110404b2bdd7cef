"""Enumerated Values and Defined Terms of Degree of Freedom Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class DegreeOfFreedomType(StrEnum):
    """Enumerated Values of Degree of Freedom Type (0068,6420) in Generic Implant Template Mating Features Module Attributes (C.29.1.4-1)."""

    TRANSLATION = "TRANSLATION"
    ROTATION = "ROTATION"
