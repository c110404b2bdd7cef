"""Enumerated Values and Defined Terms of Detector Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "DetectorTypeTerm",
    "DetectorTypeTermBreastTomosynthesisContributingSources",
    "DetectorTypeTermOphthalmicPhotographicParameters",
    "DetectorTypeTermOphthalmicTomographyParameters",
]


class DetectorTypeTerm(StrEnum):
    """Defined Terms of Detector Type (0018,7004) in Digital X-Ray Detector Macro Attributes (C.8-71b)."""

    DIRECT = "DIRECT"
    """X-Ray photoconductor"""
    SCINTILLATOR = "SCINTILLATOR"
    """Phosphor used"""
    STORAGE = "STORAGE"
    """Storage phosphor"""
    FILM = "FILM"
    """Scanned film/screen"""


class DetectorTypeTermOphthalmicPhotographicParameters(StrEnum):
    """Defined Terms of Detector Type (0018,7004) in Ophthalmic Photographic Parameters Module Attributes (C.8.17.3-1)."""

    CCD = "CCD"
    """Charge Coupled Devices"""
    CMOS = "CMOS"
    """Complementary Metal Oxide Semiconductor"""


class DetectorTypeTermOphthalmicTomographyParameters(StrEnum):
    """Defined Terms of Detector Type (0018,7004) in Ophthalmic Tomography Parameters Module Attributes (C.8.17.9-1)."""

    CCD = "CCD"
    """Charge Coupled Device"""
    CMOS = "CMOS"
    """Complementary Metal Oxide Semiconductor"""
    PHOTO = "PHOTO"
    """Photodetector"""
    INT = "INT"
    """Interferometer"""


class DetectorTypeTermBreastTomosynthesisContributingSources(StrEnum):
    """Defined Terms of Detector Type (0018,7004) in Breast Tomosynthesis Contributing Sources Module Attributes (C.8.21.2.3-1)."""

    DIRECT = "DIRECT"
    """X-Ray photoconductor"""
    SCINTILLATOR = "SCINTILLATOR"
    """Phosphor used"""
    STORAGE = "STORAGE"
    """Storage phosphor"""
