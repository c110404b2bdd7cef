"""Enumerated Values and Defined Terms of Anatomical Orientation Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class AnatomicalOrientationType(StrEnum):
    """Enumerated Values of Anatomical Orientation Type (0010,2210) in Scheduled Procedure Step Module Attributes (C.4-10)."""

    BIPED = "BIPED"
    QUADRUPED = "QUADRUPED"
