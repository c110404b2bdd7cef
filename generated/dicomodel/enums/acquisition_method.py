"""Enumerated Values and Defined Terms of Acquisition Method.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class AcquisitionMethodTerm(StrEnum):
    """Defined Terms of Acquisition Method (3002,012A) in RT Patient Position Acquisition Instruction Module Attributes (C.36.29-1)."""

    PROJECTION = "PROJECTION"
    """Projection radiography"""
    CT = "CT"
    """Computed Tomography"""
