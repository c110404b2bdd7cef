"""Enumerated Values and Defined Terms of Dosimetric Objective Purpose.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "DosimetricObjectivePurpose",
    "DosimetricObjectivePurposeValue",
]


class DosimetricObjectivePurpose(StrEnum):
    """Enumerated Values of Dosimetric Objective Purpose (3010,0075) in Dosimetric Objective Macro Attributes (C.36.2.1.4-1)."""

    OPTIMIZATION = "OPTIMIZATION"
    """Used as an input to the optimization process."""
    EVALUATION = "EVALUATION"
    """Used as a tool for evaluation."""
    BOTH = "BOTH"
    """Used as both an input to the optimization process and for evaluation."""


if TYPE_CHECKING:
    DosimetricObjectivePurposeValue: TypeAlias = (
        DosimetricObjectivePurpose | Literal["OPTIMIZATION", "EVALUATION", "BOTH"]
    )
else:
    DosimetricObjectivePurposeValue = DosimetricObjectivePurpose
"""A value of DosimetricObjectivePurpose: the enum or the string of one of its members."""
