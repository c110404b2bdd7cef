"""Enumerated Values and Defined Terms of Primary Dosimeter Unit.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PrimaryDosimeterUnit(StrEnum):
    """Enumerated Values of Primary Dosimeter Unit (300A,00B3) in RT Image Module Attributes (C.8-38)."""

    MU = "MU"
    """Monitor Unit"""
    MINUTE = "MINUTE"
    """minute"""


class PrimaryDosimeterUnitRTIonBeams(StrEnum):
    """Enumerated Values of Primary Dosimeter Unit (300A,00B3) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    MU = "MU"
    """Monitor Unit"""
    NP = "NP"
    """number of particles"""


class PrimaryDosimeterUnitRTBeamsDeliveryInstruction(StrEnum):
    """Enumerated Values of Primary Dosimeter Unit (300A,00B3) in RT Beams Delivery Instruction Module Attributes (C.8.8.29-1)."""

    MU = "MU"
    """Monitor Unit"""
    MINUTE = "MINUTE"
    """minute"""
    NP = "NP"
    """Number of Particles"""
