"""Enumerated Values and Defined Terms of Medium Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "MediumTypeTerm",
]


class MediumTypeTerm(StrEnum):
    """Defined Terms of Medium Type (2000,0030) in Billing and Material Management Code Module Attributes (C.4-17)."""

    PAPER = "PAPER"
    CLEAR_FILM = "CLEAR FILM"
    BLUE_FILM = "BLUE FILM"
    MAMMO_CLEAR_FILM = "MAMMO CLEAR FILM"
    MAMMO_BLUE_FILM = "MAMMO BLUE FILM"
