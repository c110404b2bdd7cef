"""Enumerated Values and Defined Terms of Acquisition Method.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "AcquisitionMethodTerm",
]


class AcquisitionMethodTerm(StrEnum):
    """Defined Terms of Acquisition Method (3002,012A) in RT Patient Position Acquisition Instruction Module Attributes (C.36.29-1)."""

    PROJECTION = "PROJECTION"
    """Projection radiography"""
    CT = "CT"
    """Computed Tomography"""
