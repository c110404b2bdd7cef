"""Enumerated Values and Defined Terms of Tissue Location.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class TissueLocation(StrEnum):
    """Enumerated Values of Tissue Location (0048,0115) in Confocal Microscopy Image Module Attributes (C.8.35.1-1)."""

    INVIVO = "INVIVO"
    EXVIVO = "EXVIVO"
