"""Enumerated Values and Defined Terms of Stimulus Results.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "StimulusResults",
    "StimulusResultsValue",
]


class StimulusResults(StrEnum):
    """Enumerated Values of Stimulus Results (0024,0093) in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    SEEN = "SEEN"
    """stimulus seen at a luminance value less than maximum"""
    NOT_SEEN = "NOT SEEN"
    """stimulus not seen"""
    SEEN_AT_MAX = "SEEN AT MAX"
    """stimulus seen at the maximum luminance possible for the instrument"""


if TYPE_CHECKING:
    StimulusResultsValue: TypeAlias = StimulusResults | Literal["SEEN", "NOT SEEN", "SEEN AT MAX"]
else:
    StimulusResultsValue = StimulusResults
"""A value of StimulusResults: the enum or the string of one of its members."""
