"""Enumerated Values and Defined Terms of Acoustic Coupling Medium Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class AcousticCouplingMediumFlag(StrEnum):
    """Enumerated Values of Acoustic Coupling Medium Flag (0018,9829) in Photoacoustic Acquisition Parameters Module Attributes (C.8.34.2-1)."""

    YES = "YES"
    NO = "NO"
