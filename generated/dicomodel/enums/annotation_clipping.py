"""Enumerated Values and Defined Terms of Annotation Clipping.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class AnnotationClipping(StrEnum):
    """Enumerated Values of Annotation Clipping (0070,1907) in Volumetric Graphic Annotation Module Attributes (C.11.28-1)."""

    YES = "YES"
    NO = "NO"
