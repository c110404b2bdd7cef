"""Enumerated Values and Defined Terms of Outline Shape Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class OutlineShapeType(StrEnum):
    """Enumerated Values of Outline Shape Type (0018,1630) in Outline Definition Macro Attributes (10.38-1)."""

    RECTANGULAR = "RECTANGULAR"
    CIRCULAR = "CIRCULAR"
    POLYGONAL = "POLYGONAL"
