"""Enumerated Values and Defined Terms of Ophthalmic Axial Length Measurement Modified.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class OphthalmicAxialLengthMeasurementModified(StrEnum):
    """Enumerated Values of Ophthalmic Axial Length Measurement Modified (0022,1140) in Ophthalmic Axial Measurements Macro Attributes (C.8.25.14-2)."""

    YES = "YES"
    NO = "NO"
