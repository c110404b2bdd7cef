"""Enumerated Values and Defined Terms of Volume Localization Technique.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "VolumeLocalizationTechniqueTerm",
]


class VolumeLocalizationTechniqueTerm(StrEnum):
    """Defined Terms of Volume Localization Technique (0018,9054) in MR Spectroscopy Module Attributes (C.8-102)."""

    ILOPS = "ILOPS"
    ISIS = "ISIS"
    PRIME = "PRIME"
    PRESS = "PRESS"
    SLIM = "SLIM"
    SLOOP = "SLOOP"
    STEAM = "STEAM"
    NONE = "NONE"
