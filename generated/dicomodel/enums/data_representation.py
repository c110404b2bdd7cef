"""Enumerated Values and Defined Terms of Data Representation.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class DataRepresentation(StrEnum):
    """Enumerated Values of Data Representation (0028,9108) in MR Spectroscopy Data Module Attributes (C.8-106)."""

    COMPLEX = "COMPLEX"
    """Data is complex pair"""
    REAL = "REAL"
    """Data contains only real component"""
    IMAGINARY = "IMAGINARY"
    """Data contains only imaginary component"""
    MAGNITUDE = "MAGNITUDE"
    """Magnitude data"""
