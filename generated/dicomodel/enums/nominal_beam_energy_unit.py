"""Enumerated Values and Defined Terms of Nominal Beam Energy Unit.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "NominalBeamEnergyUnitTerm",
]


class NominalBeamEnergyUnitTerm(StrEnum):
    """Defined Terms of Nominal Beam Energy Unit (300A,0015) in RT Beams Session Record Module Attributes (C.8-57)."""

    MV = "MV"
    """Megavolt"""
    MEV = "MEV"
    """Mega electron-Volt"""
