"""Enumerated Values and Defined Terms of MR Spectroscopy Acquisition Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "MRSpectroscopyAcquisitionTypeTerm",
]


class MRSpectroscopyAcquisitionTypeTerm(StrEnum):
    """Defined Terms of MR Spectroscopy Acquisition Type (0018,9200) in MR Spectroscopy Pulse Sequence Module Attributes (C.8-103)."""

    SINGLE_VOXEL = "SINGLE_VOXEL"
    ROW = "ROW"
    PLANE = "PLANE"
    VOLUME = "VOLUME"
