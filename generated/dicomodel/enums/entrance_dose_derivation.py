"""Enumerated Values and Defined Terms of Entrance Dose Derivation.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class EntranceDoseDerivation(StrEnum):
    """Enumerated Values of Entrance Dose Derivation (0040,8303) in Breast X-Ray Acquisition Dose Macro Attributes (C.8.31.5-1)."""

    IAK = "IAK"
    """Represents air kerma at the entrance surface, no backscatter included, no air kerma to tissue dose conversion applied."""
    ESAK = "ESAK"
    """Represents air kerma at the entrance surface, with backscatter included, no air kerma to tissue dose conversion applied."""
    ESDBS = "ESDBS"
    """Represents absorbed dose in tissue at the entrance surface, with backscatter included."""
    ESDNOBS = "ESDNOBS"
    """Represents absorbed dose in tissue at the entrance surface, without backscatter included."""
