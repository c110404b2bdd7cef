"""Enumerated Values and Defined Terms of Registered Localizer Units.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class RegisteredLocalizerUnits(StrEnum):
    """Enumerated Values of Registered Localizer Units (0022,1466) in Ophthalmic Thickness Map Module Attributes (C.8.28.2-1)."""

    PIXEL = "PIXEL"
    """See Bounding Box Annotation Units (0070,0003) for definition."""
