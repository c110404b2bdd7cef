"""Enumerated Values and Defined Terms of Tomo Class.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "TomoClassTerm",
]


class TomoClassTerm(StrEnum):
    """Defined Terms of Tomo Class (0018,1491) in X-Ray Tomography Acquisition Module Attributes (C.8-32)."""

    MOTION = "MOTION"
    TOMOSYNTHESIS = "TOMOSYNTHESIS"
