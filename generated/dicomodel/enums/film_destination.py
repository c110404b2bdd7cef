"""Enumerated Values and Defined Terms of Film Destination.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "FilmDestinationTerm",
]


class FilmDestinationTerm(StrEnum):
    """Defined Terms of Film Destination (2000,0040) in Basic Film Session Presentation Module Attributes (C.13-1)."""

    MAGAZINE = "MAGAZINE"
    """the exposed film is stored in film magazine"""
    PROCESSOR = "PROCESSOR"
    """the exposed film is developed in film processor"""
    BIN_i = "BIN_i"
    """the exposed film is deposited in a sorter bin where \"I\" represents the bin number. Film sorter BINs shall be numbered sequentially starting from 1 and no maximum is placed on the number of BINs. The encoding of the BIN number shall not contain leading zeros."""
