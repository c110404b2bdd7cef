"""Enumerated Values and Defined Terms of Interoperability Index.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "InteroperabilityIndexTerm",
]


class InteroperabilityIndexTerm(StrEnum):
    """Defined Terms of Interoperability Index (0016,0061) in VL Photographic Acquisition Module Attributes (C.8.12.11-1)."""

    R98 = "R98"
    """Indicates a file conforming to R98 file specification of Recommended Exif Interoperability Rules (Exif R 98) or to DCF basic file stipulated by Design Rule for Camera File System."""
    THM = "THM"
    """Indicates a file conforming to DCF thumbnail file stipulated by Design rule for Camera File System."""
    R03 = "R03"
    """Indicates a file conforming to DCF Option File stipulated by Design rule for Camera File System."""
