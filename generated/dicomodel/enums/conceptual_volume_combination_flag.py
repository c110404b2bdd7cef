"""Enumerated Values and Defined Terms of Conceptual Volume Combination Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ConceptualVolumeCombinationFlag",
    "ConceptualVolumeCombinationFlagValue",
]


class ConceptualVolumeCombinationFlag(StrEnum):
    """Enumerated Values of Conceptual Volume Combination Flag (3010,000E) in Conceptual Volume Segmentation Reference And Combination Macro Attributes (10.34-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    ConceptualVolumeCombinationFlagValue: TypeAlias = (
        ConceptualVolumeCombinationFlag | Literal["YES", "NO"]
    )
else:
    ConceptualVolumeCombinationFlagValue = ConceptualVolumeCombinationFlag
"""A value of ConceptualVolumeCombinationFlag: the enum or the string of one of its members."""
