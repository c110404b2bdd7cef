"""Enumerated Values and Defined Terms of Presentation Animation Style.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PresentationAnimationStyle",
    "PresentationAnimationStyleValue",
]


class PresentationAnimationStyle(StrEnum):
    """Enumerated Values of Presentation Animation Style (0070,1A01) in Presentation Animation Module Attributes (C.11.29-1)."""

    INPUT_SEQ = "INPUT_SEQ"
    PRESENTATION_SEQ = "PRESENTATION_SEQ"
    CROSSCURVE = "CROSSCURVE"
    FLYTHROUGH = "FLYTHROUGH"
    SWIVEL = "SWIVEL"


if TYPE_CHECKING:
    PresentationAnimationStyleValue: TypeAlias = (
        PresentationAnimationStyle
        | Literal["INPUT_SEQ", "PRESENTATION_SEQ", "CROSSCURVE", "FLYTHROUGH", "SWIVEL"]
    )
else:
    PresentationAnimationStyleValue = PresentationAnimationStyle
"""A value of PresentationAnimationStyle: the enum or the string of one of its members."""
