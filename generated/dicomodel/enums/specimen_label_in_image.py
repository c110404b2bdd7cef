"""Enumerated Values and Defined Terms of Specimen Label in Image.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class SpecimenLabelInImage(StrEnum):
    """Enumerated Values of Specimen Label in Image (0048,0010) in Whole Slide Microscopy Image Module Attributes (C.8.12.4-1)."""

    YES = "YES"
    NO = "NO"
