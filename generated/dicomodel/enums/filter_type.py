"""Enumerated Values and Defined Terms of Filter Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "FilterTypeTerm",
    "FilterTypeTermCTXRayDetails",
    "FilterTypeTermPerformedCTAcquisition",
]


class FilterTypeTerm(StrEnum):
    """Defined Terms of Filter Type (0018,1160) in X-Ray Filtration Macro Attributes (C.8-35a)."""

    STRIP = "STRIP"
    WEDGE = "WEDGE"
    BUTTERFLY = "BUTTERFLY"
    MULTIPLE = "MULTIPLE"
    FLAT = "FLAT"
    NONE = "NONE"


class FilterTypeTermCTXRayDetails(StrEnum):
    """Defined Terms of Filter Type (0018,1160) in CT X-Ray Details Macro Attributes (C.8-125)."""

    WEDGE = "WEDGE"
    BUTTERFLY = "BUTTERFLY"
    MULTIPLE = "MULTIPLE"
    FLAT = "FLAT"
    SHAPED = "SHAPED"
    NONE = "NONE"


class FilterTypeTermPerformedCTAcquisition(StrEnum):
    """Defined Terms of Filter Type (0018,1160) in Performed CT Acquisition Module Attributes (C.34.10-1)."""

    NONE = "NONE"
    WEDGE = "WEDGE"
    BUTTERFLY = "BUTTERFLY"
    STRIP = "STRIP"
    MULTIPLE = "MULTIPLE"
    BOWTIE = "BOWTIE"
