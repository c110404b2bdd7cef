"""Enumerated Values and Defined Terms of Presentation Input Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PresentationInputType",
    "PresentationInputTypeValue",
]


class PresentationInputType(StrEnum):
    """Enumerated Values of Presentation Input Type (0070,1202) in Volumetric Presentation State Relationship Module Attributes (C.11.23-1)."""

    VOLUME = "VOLUME"


if TYPE_CHECKING:
    PresentationInputTypeValue: TypeAlias = PresentationInputType | Literal["VOLUME"]
else:
    PresentationInputTypeValue = PresentationInputType
"""A value of PresentationInputType: the enum or the string of one of its members."""
