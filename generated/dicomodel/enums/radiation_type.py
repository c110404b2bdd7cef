"""Enumerated Values and Defined Terms of Radiation Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class RadiationTypeTerm(StrEnum):
    """Defined Terms of Radiation Type (300A,00C6) in RT Beams Module Attributes (C.8-50)."""

    PHOTON = "PHOTON"
    ELECTRON = "ELECTRON"
    NEUTRON = "NEUTRON"
    PROTON = "PROTON"


class RadiationTypeTermRTIonBeams(StrEnum):
    """Defined Terms of Radiation Type (300A,00C6) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    PHOTON = "PHOTON"
    PROTON = "PROTON"
    ION = "ION"


class RadiationType(StrEnum):
    """Enumerated Values of Radiation Type (300A,00C6) in RT General Machine Verification Module Attributes (C.31-1)."""

    PHOTON = "PHOTON"
    ELECTRON = "ELECTRON"
    NEUTRON = "NEUTRON"
    PROTON = "PROTON"
    ION = "ION"
