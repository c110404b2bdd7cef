"""Enumerated Values and Defined Terms of Ophthalmic Axial Length Measurements Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class OphthalmicAxialLengthMeasurementsType(StrEnum):
    """Enumerated Values of Ophthalmic Axial Length Measurements Type (0022,1010) in Ophthalmic Axial Measurements Macro Attributes (C.8.25.14-2)."""

    TOTAL_LENGTH = "TOTAL LENGTH"
    """the total axial length was taken with one measurement"""
    LENGTH_SUMMATION = "LENGTH SUMMATION"
    """the total axial length is a summation of segmental lengths"""
    SEGMENTAL_LENGTH = "SEGMENTAL LENGTH"
    """the length of a segment of the axis"""


class OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelected(StrEnum):
    """Enumerated Values of Ophthalmic Axial Length Measurements Type (0022,1010) in Ophthalmic Axial Measurements Selected Macro Attributes (C.8.25.14-5)."""

    TOTAL_LENGTH = "TOTAL LENGTH"
    """the total axial length was taken with one measurement"""
    LENGTH_SUMMATION = "LENGTH SUMMATION"
    """the total axial length is a summation of segmental lengths"""
