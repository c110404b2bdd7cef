"""Enumerated Values and Defined Terms of Reconstruction Pipeline Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ReconstructionPipelineType(StrEnum):
    """Enumerated Values of Reconstruction Pipeline Type (0018,11BE) in Performed XA Reconstruction Module Attributes (C.34.18-1)."""

    _2D = "2D"
    _3D = "3D"
