"""Enumerated Values and Defined Terms of Tick Alignment.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "TickAlignment",
    "TickAlignmentValue",
]


class TickAlignment(StrEnum):
    """Enumerated Values of Tick Alignment (0070,0274) in Graphic Annotation Module Attributes (C.10-5)."""

    BOTTOM = "BOTTOM"
    CENTER = "CENTER"
    TOP = "TOP"


if TYPE_CHECKING:
    TickAlignmentValue: TypeAlias = TickAlignment | Literal["BOTTOM", "CENTER", "TOP"]
else:
    TickAlignmentValue = TickAlignment
"""A value of TickAlignment: the enum or the string of one of its members."""
