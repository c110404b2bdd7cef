"""Enumerated Values and Defined Terms of Compensator Divergence.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "CompensatorDivergence",
    "CompensatorDivergenceValue",
]


class CompensatorDivergence(StrEnum):
    """Enumerated Values of Compensator Divergence (300A,02E0) in Compensators Definition Macro Attributes (C.36.2.2.12-1)."""

    PRESENT = "PRESENT"
    """The compensator is shaped according to the beam geometrical divergence."""
    ABSENT = "ABSENT"
    """The compensator is not shaped according to the beam geometrical divergence."""


if TYPE_CHECKING:
    CompensatorDivergenceValue: TypeAlias = CompensatorDivergence | Literal["PRESENT", "ABSENT"]
else:
    CompensatorDivergenceValue = CompensatorDivergence
"""A value of CompensatorDivergence: the enum or the string of one of its members."""
