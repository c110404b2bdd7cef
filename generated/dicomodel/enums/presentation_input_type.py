"""Enumerated Values and Defined Terms of Presentation Input Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PresentationInputType(StrEnum):
    """Enumerated Values of Presentation Input Type (0070,1202) in Volumetric Presentation State Relationship Module Attributes (C.11.23-1)."""

    VOLUME = "VOLUME"
