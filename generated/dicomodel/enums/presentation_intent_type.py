"""Enumerated Values and Defined Terms of Presentation Intent Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PresentationIntentType",
    "PresentationIntentTypeValue",
]


class PresentationIntentType(StrEnum):
    """Enumerated Values of Presentation Intent Type (0008,0068) in DX Series Module Attributes (C.8-68)."""

    FOR_PRESENTATION = "FOR PRESENTATION"
    FOR_PROCESSING = "FOR PROCESSING"


if TYPE_CHECKING:
    PresentationIntentTypeValue: TypeAlias = (
        PresentationIntentType | Literal["FOR PRESENTATION", "FOR PROCESSING"]
    )
else:
    PresentationIntentTypeValue = PresentationIntentType
"""A value of PresentationIntentType: the enum or the string of one of its members."""
