"""Enumerated Values and Defined Terms of Component Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ComponentType(StrEnum):
    """Enumerated Values of Component Type (0070,1802) in MPR Volumetric Presentation State Display Module Attributes (C.11.27-1)."""

    ONE_TO_RGBA = "ONE_TO_RGBA"
    TWO_TO_RGBA = "TWO_TO_RGBA"
