"""Enumerated Values and Defined Terms of Entrance Dose Derivation.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "EntranceDoseDerivation",
    "EntranceDoseDerivationValue",
]


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


if TYPE_CHECKING:
    EntranceDoseDerivationValue: TypeAlias = (
        EntranceDoseDerivation | Literal["IAK", "ESAK", "ESDBS", "ESDNOBS"]
    )
else:
    EntranceDoseDerivationValue = EntranceDoseDerivation
"""A value of EntranceDoseDerivation: the enum or the string of one of its members."""
