"""Enumerated Values and Defined Terms of Multi-Planar Reconstruction Style.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class MultiPlanarReconstructionStyle(StrEnum):
    """Enumerated Values of Multi-Planar Reconstruction Style (0070,1501) in Multi-Planar Reconstruction Geometry Module Attributes (C.11.26-1)."""

    PLANAR = "PLANAR"
    """by a Euclidean plane"""
