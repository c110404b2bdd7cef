"""Enumerated Values and Defined Terms of Annotation Applies to All Optical Paths.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class AnnotationAppliesToAllOpticalPaths(StrEnum):
    """Enumerated Values of Annotation Applies to All Optical Paths (006A,000D) in Microscopy Bulk Simple Annotations Module Attributes (C.37.1-2)."""

    YES = "YES"
    """the Annotations apply to all optical paths"""
    NO = "NO"
    """the Annotations apply only to the specified optical path(s)"""
