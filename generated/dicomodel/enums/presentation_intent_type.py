"""Enumerated Values and Defined Terms of Presentation Intent Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PresentationIntentType(StrEnum):
    """Enumerated Values of Presentation Intent Type (0008,0068) in DX Series Module Attributes (C.8-68)."""

    FOR_PRESENTATION = "FOR PRESENTATION"
    FOR_PROCESSING = "FOR PROCESSING"
