"""Enumerated Values and Defined Terms of Attenuation Corrected.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class AttenuationCorrected(StrEnum):
    """Enumerated Values of Attenuation Corrected (0018,9759) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"
