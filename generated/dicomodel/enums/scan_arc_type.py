"""Enumerated Values and Defined Terms of Scan Arc Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ScanArcType(StrEnum):
    """Enumerated Values of Scan Arc Type (3002,012E) in 3D RT Cone-Beam Imaging Geometry Macro Attributes (C.36.2.4.5-1)."""

    FULL_ARC = "FULL_ARC"
    """360 deg"""
    HALF_ARC = "HALF_ARC"
    """180 deg"""
    CUSTOM_ARC = "CUSTOM_ARC"
    """user defined scan range"""
