"""Enumerated Values and Defined Terms of Model Mirroring.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ModelMirroring(StrEnum):
    """Enumerated Values of Model Mirroring (0068,7002) in Manufacturing 3D Model Module Attributes (C.35.1-1)."""

    YES = "YES"
    NO = "NO"
