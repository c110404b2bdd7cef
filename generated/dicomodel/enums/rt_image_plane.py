"""Enumerated Values and Defined Terms of RT Image Plane.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class RTImagePlane(StrEnum):
    """Enumerated Values of RT Image Plane (3002,000C) in RT Image Module Attributes (C.8-38)."""

    NORMAL = "NORMAL"
    """image plane normal to beam axis"""
    NON_NORMAL = "NON_NORMAL"
    """image plane non-normal to beam axis"""
