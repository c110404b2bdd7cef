"""Enumerated Values and Defined Terms of In-plane Phase Encoding Direction.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class InPlanePhaseEncodingDirection(StrEnum):
    """Enumerated Values of In-plane Phase Encoding Direction (0018,1312) in MR FOV/Geometry Macro Attributes (C.8-90)."""

    COLUMN = "COLUMN"
    ROW = "ROW"
    OTHER = "OTHER"


class InPlanePhaseEncodingDirectionMRImage(StrEnum):
    """Enumerated Values of In-plane Phase Encoding Direction (0018,1312) in MR Image Module Attributes (C.8-4)."""

    ROW = "ROW"
    """phase encoded in rows."""
    COL = "COL"
    """phase encoded in columns."""
