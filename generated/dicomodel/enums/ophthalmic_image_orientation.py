"""Enumerated Values and Defined Terms of Ophthalmic Image Orientation.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class OphthalmicImageOrientation(StrEnum):
    """Enumerated Values of Ophthalmic Image Orientation (0022,0039) in Ophthalmic Frame Location Macro Attributes (C.8.17.10-1)."""

    LINEAR = "LINEAR"
    NONLINEAR = "NONLINEAR"
    TRANSVERSE = "TRANSVERSE"
