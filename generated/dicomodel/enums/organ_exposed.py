"""Enumerated Values and Defined Terms of Organ Exposed.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "OrganExposed",
    "OrganExposedTerm",
    "OrganExposedValue",
]


class OrganExposedTerm(StrEnum):
    """Defined Terms of Organ Exposed (0040,0318) in X-Ray Acquisition Dose Module Attributes (C.8-33)."""

    BREAST = "BREAST"
    GONADS = "GONADS"
    BONE_MARROW = "BONE MARROW"
    FETUS = "FETUS"
    LENS = "LENS"


class OrganExposed(StrEnum):
    """Enumerated Values of Organ Exposed (0040,0318) in Mammography Image Module Attributes (C.8-74)."""

    BREAST = "BREAST"


if TYPE_CHECKING:
    OrganExposedValue: TypeAlias = OrganExposed | Literal["BREAST"]
else:
    OrganExposedValue = OrganExposed
"""A value of OrganExposed: the enum or the string of one of its members."""
