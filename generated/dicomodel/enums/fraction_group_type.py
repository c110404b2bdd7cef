"""Enumerated Values and Defined Terms of Fraction Group Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class FractionGroupType(StrEnum):
    """Enumerated Values of Fraction Group Type (3008,0224) in RT Treatment Summary Record Module Attributes (C.8-59)."""

    EXTERNAL_BEAM = "EXTERNAL_BEAM"
    BRACHY = "BRACHY"
