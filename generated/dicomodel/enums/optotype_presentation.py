"""Enumerated Values and Defined Terms of Optotype Presentation.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class OptotypePresentation(StrEnum):
    """Enumerated Values of Optotype Presentation (0046,0095) in Visual Acuity Measurements Module Attributes (C.8.25.12-1)."""

    SINGLE = "SINGLE"
    MULTIPLE = "MULTIPLE"
