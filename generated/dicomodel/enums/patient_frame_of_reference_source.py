"""Enumerated Values and Defined Terms of Patient Frame of Reference Source.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PatientFrameOfReferenceSource",
    "PatientFrameOfReferenceSourceValue",
]


class PatientFrameOfReferenceSource(StrEnum):
    """Enumerated Values of Patient Frame of Reference Source (0020,930C) in Ultrasound Frame of Reference Module Attributes (C.8.24.2-1)."""

    TABLE = "TABLE"
    """A positioning device, such as a gantry, was used to generate these values."""
    ESTIMATED = "ESTIMATED"
    """Estimated patient position / orientation (e.g., estimated by the user), or if reliable information is not available."""
    REGISTRATION = "REGISTRATION"
    """Acquisition has been spatially registered to a prior image set."""


if TYPE_CHECKING:
    PatientFrameOfReferenceSourceValue: TypeAlias = (
        PatientFrameOfReferenceSource | Literal["TABLE", "ESTIMATED", "REGISTRATION"]
    )
else:
    PatientFrameOfReferenceSourceValue = PatientFrameOfReferenceSource
"""A value of PatientFrameOfReferenceSource: the enum or the string of one of its members."""
