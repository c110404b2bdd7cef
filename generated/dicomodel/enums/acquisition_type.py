"""Enumerated Values and Defined Terms of Acquisition Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "AcquisitionTypeTerm",
]


class AcquisitionTypeTerm(StrEnum):
    """Defined Terms of Acquisition Type (0018,9302) in CT Acquisition Type Macro Attributes (C.8-118)."""

    SEQUENCED = "SEQUENCED"
    """identifies that the acquisition was performed by acquiring single or multi detector data while rotating the source about the gantry while the table is not moving; additional slices may be acquired by incrementing the table position and again rotating the source about the gantry while the table is not moving"""
    SPIRAL = "SPIRAL"
    """identifies that the acquisition was performed by acquiring data while rotating the source about the gantry while continuously moving the table"""
    CONSTANT_ANGLE = "CONSTANT_ANGLE"
    """identifies that the acquisition was performed by holding the source at a constant angle and moving the table to obtain a projection image (e.g., a localizer image)"""
    STATIONARY = "STATIONARY"
    """identifies that the acquisition was performed by holding the table at a constant position and performing one or more acquisitions over time at the same location"""
    FREE = "FREE"
    """identifies that the acquisition was performed while rotating the source about the gantry while the table movement is under direct control of a human operator or under the control of an analysis application (e.g., fluoroscopic image)"""
