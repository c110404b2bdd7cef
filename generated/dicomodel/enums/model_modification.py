"""Enumerated Values and Defined Terms of Model Modification.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ModelModification(StrEnum):
    """Enumerated Values of Model Modification (0068,7001) in Manufacturing 3D Model Module Attributes (C.35.1-1)."""

    YES = "YES"
    NO = "NO"
