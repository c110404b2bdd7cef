"""Enumerated Values and Defined Terms of Tomo Class.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class TomoClassTerm(StrEnum):
    """Defined Terms of Tomo Class (0018,1491) in X-Ray Tomography Acquisition Module Attributes (C.8-32)."""

    MOTION = "MOTION"
    TOMOSYNTHESIS = "TOMOSYNTHESIS"
