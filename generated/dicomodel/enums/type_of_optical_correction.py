"""Enumerated Values and Defined Terms of Type of Optical Correction.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class TypeOfOpticalCorrection(StrEnum):
    """Enumerated Values of Type of Optical Correction (0022,1046) in Intraocular Lens Calculations Macro Attributes (C.8.25.16-2)."""

    SPHERICAL = "SPHERICAL"
    TORIC = "TORIC"
