"""Enumerated Values and Defined Terms of Applicator Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ApplicatorType",
    "ApplicatorTypeTerm",
    "ApplicatorTypeTermRTIonBeams",
    "ApplicatorTypeValue",
]


class ApplicatorTypeTerm(StrEnum):
    """Defined Terms of Applicator Type (300A,0109) in RT Image Module Attributes (C.8-38)."""

    ELECTRON_SQUARE = "ELECTRON_SQUARE"
    """square electron applicator"""
    ELECTRON_RECT = "ELECTRON_RECT"
    """rectangular electron applicator"""
    ELECTRON_CIRC = "ELECTRON_CIRC"
    """circular electron applicator"""
    ELECTRON_SHORT = "ELECTRON_SHORT"
    """short electron applicator"""
    ELECTRON_OPEN = "ELECTRON_OPEN"
    """open (dummy) electron applicator"""
    PHOTON_SQUARE = "PHOTON_SQUARE"
    """square photon applicator"""
    PHOTON_RECT = "PHOTON_RECT"
    """rectangular photon applicator"""
    PHOTON_CIRC = "PHOTON_CIRC"
    """circular photon applicator"""
    INTRAOPERATIVE = "INTRAOPERATIVE"
    """intraoperative (custom) applicator"""
    STEREOTACTIC = "STEREOTACTIC"
    """stereotactic applicator (deprecated)"""


class ApplicatorTypeTermRTIonBeams(StrEnum):
    """Defined Terms of Applicator Type (300A,0109) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    ION_SQUARE = "ION_SQUARE"
    """square ion applicator"""
    ION_RECT = "ION_RECT"
    """rectangular ion applicator"""
    ION_CIRC = "ION_CIRC"
    """circular ion applicator"""
    ION_SHORT = "ION_SHORT"
    """short ion applicator"""
    ION_OPEN = "ION_OPEN"
    """open (dummy) ion applicator"""
    INTRAOPERATIVE = "INTRAOPERATIVE"
    """intraoperative (custom) applicator"""
    STEREOTACTIC = "STEREOTACTIC"
    """stereotactic applicator"""


class ApplicatorType(StrEnum):
    """Enumerated Values of Applicator Type (300A,0109) in RT General Machine Verification Module Attributes (C.31-1)."""

    ELECTRON_SQUARE = "ELECTRON_SQUARE"
    """square electron applicator"""
    ELECTRON_RECT = "ELECTRON_RECT"
    """rectangular electron applicator"""
    ELECTRON_CIRC = "ELECTRON_CIRC"
    """circular electron applicator"""
    ELECTRON_SHORT = "ELECTRON_SHORT"
    """short electron applicator"""
    ELECTRON_OPEN = "ELECTRON_OPEN"
    """open (dummy) electron applicator"""
    INTRAOPERATIVE = "INTRAOPERATIVE"
    """intraoperative (custom) applicator"""
    STEREOTACTIC = "STEREOTACTIC"
    """stereotactic applicator"""


if TYPE_CHECKING:
    ApplicatorTypeValue: TypeAlias = (
        ApplicatorType
        | Literal[
            "ELECTRON_SQUARE",
            "ELECTRON_RECT",
            "ELECTRON_CIRC",
            "ELECTRON_SHORT",
            "ELECTRON_OPEN",
            "INTRAOPERATIVE",
            "STEREOTACTIC",
        ]
    )
else:
    ApplicatorTypeValue = ApplicatorType
"""A value of ApplicatorType: the enum or the string of one of its members."""
