"""Enumerated Values and Defined Terms of Body Part Examined.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class BodyPartExamined(StrEnum):
    """Enumerated Values of Body Part Examined (0018,0015) in Corneal Topography Map Series Module Attributes (C.8.30.1-1)."""

    EYE = "EYE"
