"""Enumerated Values and Defined Terms of Ophthalmic Mapping Device Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "OphthalmicMappingDeviceTypeTerm",
    "OphthalmicMappingDeviceTypeTermCornealTopographyMapAnalysis",
]


class OphthalmicMappingDeviceTypeTerm(StrEnum):
    """Defined Terms of Ophthalmic Mapping Device Type (0022,1415) in Ophthalmic Thickness Map Module Attributes (C.8.28.2-1)."""

    OCT = "OCT"
    """Optical coherence tomography"""
    POLARIMETRY = "POLARIMETRY"
    """Scanning laser polarimetry"""
    SLO_TOMO = "SLO_TOMO"
    """Scanning Laser Ophthalmoscopy Tomography"""


class OphthalmicMappingDeviceTypeTermCornealTopographyMapAnalysis(StrEnum):
    """Defined Terms of Ophthalmic Mapping Device Type (0022,1415) in Corneal Topography Map Analysis Module Attributes (C.8.30.3-1)."""

    REFLECTION = "REFLECTION"
    """Reflection topography (i.e., placido, grid, etc.)"""
    SLIT_BASED = "SLIT_BASED"
    """Slit based elevation tomography"""
    INTERFEROMETRY = "INTERFEROMETRY"
    """E.g., Optical coherence tomography"""
