"""Enumerated Values and Defined Terms of Complex Image Component.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ComplexImageComponentTerm",
    "ComplexImageComponentTermMRSpectroscopyFrameType",
]


class ComplexImageComponentTerm(StrEnum):
    """Defined Terms of Complex Image Component (0008,9208) in MR Image Description Macro Attributes (C.8-84)."""

    MAGNITUDE = "MAGNITUDE"
    """The magnitude component of the complex image data."""
    PHASE = "PHASE"
    """The phase component of the complex image data."""
    REAL = "REAL"
    """The real component of the complex image data."""
    IMAGINARY = "IMAGINARY"
    """The imaginary component of the complex image data."""
    MIXED = "MIXED"
    """Used only as a value in Complex Image Component (0008,9208) in the Enhanced MR Image Module if frames within the image SOP Instance contain different values for the Complex Image Component Attribute in the MR Frame Type Functional Group."""


class ComplexImageComponentTermMRSpectroscopyFrameType(StrEnum):
    """Defined Terms of Complex Image Component (0008,9208) in MR Spectroscopy Frame Type Macro Attributes (C.8-104)."""

    MAGNITUDE = "MAGNITUDE"
    """The magnitude component of the complex spectroscopy data."""
    PHASE = "PHASE"
    """The phase component of the complex spectroscopy data."""
    REAL = "REAL"
    """The real component of the complex spectroscopy data."""
    IMAGINARY = "IMAGINARY"
    """The imaginary component of the complex spectroscopy data."""
    COMPLEX = "COMPLEX"
    """The real and imaginary components of the complex spectroscopy data."""
    MIXED = "MIXED"
    """Used only as a value in Complex Image Component (0008,9208) in the MR Spectroscopy Module if frames within the image SOP Instance contain different values for the Complex Image Component Attribute in the MR Spectroscopy Frame Type Functional Group."""
