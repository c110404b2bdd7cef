"""Enumerated Values and Defined Terms of Phase Description.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PhaseDescription",
    "PhaseDescriptionValue",
]


class PhaseDescription(StrEnum):
    """Enumerated Values of Phase Description (0054,0039) in NM Phase Module Attributes (C.8-14)."""

    FLOW = "FLOW"
    WASHOUT = "WASHOUT"
    UPTAKE = "UPTAKE"
    EMPTYING = "EMPTYING"
    EXCRETION = "EXCRETION"


if TYPE_CHECKING:
    PhaseDescriptionValue: TypeAlias = (
        PhaseDescription | Literal["FLOW", "WASHOUT", "UPTAKE", "EMPTYING", "EXCRETION"]
    )
else:
    PhaseDescriptionValue = PhaseDescription
"""A value of PhaseDescription: the enum or the string of one of its members."""
