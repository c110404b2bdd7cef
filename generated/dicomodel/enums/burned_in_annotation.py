"""Enumerated Values and Defined Terms of Burned In Annotation.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class BurnedInAnnotation(StrEnum):
    """Enumerated Values of Burned In Annotation (0028,0301) in General Image Module Attributes (C.7-9)."""

    YES = "YES"
    NO = "NO"


class BurnedInAnnotationEnhancedMRImage(StrEnum):
    """Enumerated Values of Burned In Annotation (0028,0301) in Enhanced MR Image Module Attributes (C.8-79)."""

    NO = "NO"
