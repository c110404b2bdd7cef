"""Enumerated Values and Defined Terms of Detector Active Shape.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class DetectorActiveShape(StrEnum):
    """Enumerated Values of Detector Active Shape (0018,7024) in Digital X-Ray Detector Macro Attributes (C.8-71b)."""

    RECTANGLE = "RECTANGLE"
    ROUND = "ROUND"
    HEXAGONAL = "HEXAGONAL"
