"""Enumerated Values and Defined Terms of Applicator Aperture Shape.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ApplicatorApertureShapeTerm",
]


class ApplicatorApertureShapeTerm(StrEnum):
    """Defined Terms of Applicator Aperture Shape (300A,0432) in RT Image Module Attributes (C.8-38)."""

    SYM_SQUARE = "SYM_SQUARE"
    """A square-shaped aperture symmetrical to the central axis."""
    SYM_RECTANGLE = "SYM_RECTANGLE"
    """A rectangular-shaped aperture symmetrical to the central axis."""
    SYM_CIRCULAR = "SYM_CIRCULAR"
    """A circular-shaped aperture symmetrical to the central axis."""
