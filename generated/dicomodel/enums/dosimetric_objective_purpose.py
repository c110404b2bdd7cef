"""Enumerated Values and Defined Terms of Dosimetric Objective Purpose.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class DosimetricObjectivePurpose(StrEnum):
    """Enumerated Values of Dosimetric Objective Purpose (3010,0075) in Dosimetric Objective Macro Attributes (C.36.2.1.4-1)."""

    OPTIMIZATION = "OPTIMIZATION"
    """Used as an input to the optimization process."""
    EVALUATION = "EVALUATION"
    """Used as a tool for evaluation."""
    BOTH = "BOTH"
    """Used as both an input to the optimization process and for evaluation."""
