"""Enumerated Values and Defined Terms of Annotation Applies to All Z Planes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class AnnotationAppliesToAllZPlanes(StrEnum):
    """Enumerated Values of Annotation Applies to All Z Planes (006A,000F) in Microscopy Bulk Simple Annotations Module Attributes (C.37.1-2)."""

    YES = "YES"
    """the Annotations apply to the full thickness"""
    NO = "NO"
    """the Annotations apply only to the specified Z plane"""
