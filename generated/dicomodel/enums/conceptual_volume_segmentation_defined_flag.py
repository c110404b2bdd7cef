"""Enumerated Values and Defined Terms of Conceptual Volume Segmentation Defined Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ConceptualVolumeSegmentationDefinedFlag",
    "ConceptualVolumeSegmentationDefinedFlagValue",
]


class ConceptualVolumeSegmentationDefinedFlag(StrEnum):
    """Enumerated Values of Conceptual Volume Segmentation Defined Flag (3010,0010) in Conceptual Volume Segmentation Reference And Combination Macro Attributes (10.34-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    ConceptualVolumeSegmentationDefinedFlagValue: TypeAlias = (
        ConceptualVolumeSegmentationDefinedFlag | Literal["YES", "NO"]
    )
else:
    ConceptualVolumeSegmentationDefinedFlagValue = ConceptualVolumeSegmentationDefinedFlag
"""A value of ConceptualVolumeSegmentationDefinedFlag: the enum or the string of one of its members."""
