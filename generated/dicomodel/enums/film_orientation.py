"""Enumerated Values and Defined Terms of Film Orientation.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "FilmOrientation",
    "FilmOrientationValue",
]


class FilmOrientation(StrEnum):
    """Enumerated Values of Film Orientation (2010,0040) in Basic Film Box Presentation Module Attributes (C.13-3)."""

    PORTRAIT = "PORTRAIT"
    """vertical film position"""
    LANDSCAPE = "LANDSCAPE"
    """horizontal film position"""


if TYPE_CHECKING:
    FilmOrientationValue: TypeAlias = FilmOrientation | Literal["PORTRAIT", "LANDSCAPE"]
else:
    FilmOrientationValue = FilmOrientation
"""A value of FilmOrientation: the enum or the string of one of its members."""
