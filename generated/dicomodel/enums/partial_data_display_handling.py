"""Enumerated Values and Defined Terms of Partial Data Display Handling.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PartialDataDisplayHandling",
    "PartialDataDisplayHandlingValue",
]


class PartialDataDisplayHandling(StrEnum):
    """Enumerated Values of Partial Data Display Handling (0072,0208) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    MAINTAIN_LAYOUT = "MAINTAIN_LAYOUT"
    """If one or more Image Sets is not available, maintain the layout with empty Image Boxes."""
    ADAPT_LAYOUT = "ADAPT_LAYOUT"
    """If one or more Image Sets is not available, rearrange the layout at the discretion of the application."""


if TYPE_CHECKING:
    PartialDataDisplayHandlingValue: TypeAlias = (
        PartialDataDisplayHandling | Literal["MAINTAIN_LAYOUT", "ADAPT_LAYOUT"]
    )
else:
    PartialDataDisplayHandlingValue = PartialDataDisplayHandling
"""A value of PartialDataDisplayHandling: the enum or the string of one of its members."""
