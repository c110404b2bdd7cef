"""Enumerated Values and Defined Terms of Quality Control Image.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class QualityControlImage(StrEnum):
    """Enumerated Values of Quality Control Image (0028,0300) in General Image Module Attributes (C.7-9)."""

    YES = "YES"
    """the image contains only quality control material"""
    NO = "NO"
    """the image does not contain quality control material"""
    BOTH = "BOTH"
    """the image contains both subject (patient) and quality control information"""


class QualityControlImageEnhancedXAXRFImage(StrEnum):
    """Enumerated Values of Quality Control Image (0028,0300) in Enhanced XA/XRF Image Module Table (C.8.19.2-1)."""

    YES = "YES"
    NO = "NO"
