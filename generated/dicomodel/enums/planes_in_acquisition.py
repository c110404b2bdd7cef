"""Enumerated Values and Defined Terms of Planes in Acquisition.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PlanesInAcquisition",
    "PlanesInAcquisitionValue",
]


class PlanesInAcquisition(StrEnum):
    """Enumerated Values of Planes in Acquisition (0018,9410) in Enhanced XA/XRF Image Module Table (C.8.19.2-1)."""

    SINGLE_PLANE = "SINGLE PLANE"
    """Image is a single plane acquisition"""
    BIPLANE = "BIPLANE"
    """Image is part of a Bi-plane acquisition"""
    UNDEFINED = "UNDEFINED"
    """Image is created by using data from one or two planes (e.g., reconstructed projection). Shall only be used when Image Type (0008,0008) Value 1 equals DERIVED."""


if TYPE_CHECKING:
    PlanesInAcquisitionValue: TypeAlias = (
        PlanesInAcquisition | Literal["SINGLE PLANE", "BIPLANE", "UNDEFINED"]
    )
else:
    PlanesInAcquisitionValue = PlanesInAcquisition
"""A value of PlanesInAcquisition: the enum or the string of one of its members."""
