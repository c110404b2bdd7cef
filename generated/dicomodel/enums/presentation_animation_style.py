"""Enumerated Values and Defined Terms of Presentation Animation Style.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PresentationAnimationStyle(StrEnum):
    """Enumerated Values of Presentation Animation Style (0070,1A01) in Presentation Animation Module Attributes (C.11.29-1)."""

    INPUT_SEQ = "INPUT_SEQ"
    PRESENTATION_SEQ = "PRESENTATION_SEQ"
    CROSSCURVE = "CROSSCURVE"
    FLYTHROUGH = "FLYTHROUGH"
    SWIVEL = "SWIVEL"
