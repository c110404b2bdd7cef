"""Enumerated Values and Defined Terms of Geometrical Properties.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class GeometricalProperties(StrEnum):
    """Enumerated Values of Geometrical Properties (0028,9444) in X-Ray Frame Pixel Data Properties Macro Attributes (C.8.19.6-4)."""

    UNIFORM = "UNIFORM"
    NON_UNIFORM = "NON_UNIFORM"
