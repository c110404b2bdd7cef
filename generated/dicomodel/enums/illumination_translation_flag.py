"""Enumerated Values and Defined Terms of Illumination Translation Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class IlluminationTranslationFlag(StrEnum):
    """Enumerated Values of Illumination Translation Flag (0018,9828) in Photoacoustic Acquisition Parameters Module Attributes (C.8.34.2-1)."""

    YES = "YES"
    NO = "NO"
