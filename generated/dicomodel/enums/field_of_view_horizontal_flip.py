"""Enumerated Values and Defined Terms of Field of View Horizontal Flip.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class FieldOfViewHorizontalFlip(StrEnum):
    """Enumerated Values of Field of View Horizontal Flip (0018,7034) in X-Ray Field of View Macro Attributes (C.8.19.6-2)."""

    NO = "NO"
    YES = "YES"


class FieldOfViewHorizontalFlipDXDetector(StrEnum):
    """Enumerated Values of Field of View Horizontal Flip (0018,7034) in DX Detector Module Attributes (C.8-71)."""

    YES = "YES"
    NO = "NO"
